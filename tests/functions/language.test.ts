import { indCost } from '../../src/functions/functions';
import { c, expectError, only } from './support';

describe('message language', () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  it('is Dutch without Office', () => {
    expectError(only(indCost(c('visum'), c(1))), '#N/A', 'Onbekend', 'Kies uit');
  });
  it('is English when Office displays English', () => {
    global.Office = { context: { displayLanguage: 'en-GB' } };
    expectError(only(indCost(c('visum'), c(1))), '#N/A', 'Unknown', 'Use one of');
  });
  it('is Dutch for any other display language, and when Office.context throws', () => {
    global.Office = { context: { displayLanguage: 'de-DE' } };
    expectError(only(indCost(c('asiel'), c(-1))), '#VALUE!', 'negatief');
    global.Office = {
      get context(): never {
        throw new Error('not ready');
      },
    };
    expectError(only(indCost(c('asiel'), c(-1))), '#VALUE!', 'negatief');
  });
});
