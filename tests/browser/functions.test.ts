// The built functions.html as Excel loads it (Office.js stand-in from ./support): the ids
// registered through CustomFunctions.associate are exactly those in functions.json, and each
// function, called the way Excel calls it (2-D arrays, omitted optionals as null/undefined),
// gives the published figures and real CustomFunctions.Error objects with a message.
// Build first (npm run build); AENM_DIST=<dir> tests another build folder.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES, formatNl, formulaNl } from '../../src/functions/examples';
import { DIST_DIR, useAddinHarness, type OpenedPage } from './support';

const dist = process.env.AENM_DIST ?? DIST_DIR;
const harness = useAddinHarness(dist);

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; helpUrl?: string }[];
}
const metadata = (): Metadata => JSON.parse(readFileSync(path.join(dist, 'functions.json'), 'utf8')) as Metadata;

let opened: OpenedPage;
const call = (id: string, ...args: unknown[]) => opened.callFunction(id, ...args) as Promise<unknown[][]>;

describe('functions.html in a browser, as Excel loads it', () => {
  // The harness closes every page after each test, so each test opens its own.
  beforeEach(async () => {
    opened = await harness.open('functions.html');
  });

  it('registers exactly the ids of functions.json, each with its help page in dist/help', async () => {
    const ids = metadata().functions.map((f) => f.id);
    expect([...(await opened.registeredIds())].sort()).toEqual([...ids].sort());
    expect(ids).toHaveLength(11);
    for (const f of metadata().functions) {
      expect(f.helpUrl).toMatch(new RegExp(`/help/${f.id.toLowerCase()}\\.html$`));
      expect(existsSync(path.join(dist, 'help', `${f.id.toLowerCase()}.html`))).toBe(true);
    }
    expect(metadata().allowErrorForDataTypeAny).toBe(true);
    expect(opened.errors).toEqual([]);
  });

  it.each(EXAMPLES.map((e) => [formulaNl(e), e] as const))('%s', async (_f, example) => {
    const result = await call(example.id, ...example.args.map((a) => [[a]]));
    const value = result[0]![0] as number;
    expect(Math.round(value * 10 ** example.decimals) / 10 ** example.decimals).toBe(example.result);
  });

  it('takes an omitted optional argument as null or undefined', async () => {
    expect(await call('IND_COST', [['asiel']], [[1000]], null)).toEqual([[4_418_000]]);
    expect(await call('IND_COST', [['asiel']], [[1000]], undefined)).toEqual([[4_418_000]]);
    expect(await call('COA_COST', [[114_650]], null)).toEqual([[4_062_600_000]]);
    expect(await call('CUT', [[2028]], [['IND']])).toEqual([[-271_000_000]]);
  });

  it('takes an empty cell as Excel desktop passes it (0) like the web (null): left out where 0 has no meaning (issue 10)', async () => {
    for (const empty of [0, null]) {
      expect(await call('COA_COST', [[114_650]], [[empty]])).toEqual([[4_062_600_000]]);
      expect(await call('CUT', [[2028]], [[empty]])).toEqual([[-935_109_000]]);
      expect(await call('IND_COST', [['asiel']], [[1000]], [[empty]])).toEqual([[4_418_000]]);
    }
  });

  it('spills ranges, with CustomFunctions.Error objects only in the bad cells', async () => {
    const result = await call('IND_COST', [['regulier']], [[1], ['1.000'], [null], [true], [3]]);
    expect(result[0]![0]).toBe(912);
    expect(result[4]![0]).toBe(2736);
    const [text, logical] = [result[1]![0], result[3]![0]] as { code: string; message: string }[];
    expect(text).toEqual({ code: '#VALUE!', message: expect.stringContaining('"1.000"') });
    // An empty count is 0, as Excel desktop passes it (issue 10: the same answer on every host).
    expect(result[2]![0]).toBe(0);
    expect(logical).toEqual({ code: '#VALUE!', message: expect.stringContaining('logische waarde') });
  });

  it('answers #N/A listing what exists, and #N/A past the end of the shorter of two ranges', async () => {
    const unknown = (await call('MPP', [['bezettingsgraad']], [[2025]]))[0]![0] as { code: string; message: string };
    expect(unknown.code).toBe('#N/A');
    expect(unknown.message).toContain('coa_bezetting');
    const spilled = await call('COA_OCCUPANCY', [[1], [2]], [[1], [2], [3]], [[0]]);
    expect(spilled.slice(0, 2)).toEqual([[2], [4]]);
    const shape = spilled[2]![0] as { code: string; message: string };
    expect(shape.code).toBe('#N/A');
    expect(shape.message).toContain('3x1');
  });

  it('passes an error from another cell through as an error in that cell only', async () => {
    const result = await call('COA_BEDS', [[12_000], [{ code: '#DIV/0!', message: '' }]], [[12]]);
    expect(result[0]![0]).toBe(12_000);
    expect(result[1]![0]).toEqual({ code: '#VALUE!', message: expect.stringContaining('#DIV/0!') });
  });

  it('serves the help page of every function with its example', async () => {
    for (const example of EXAMPLES) {
      const response = await opened.page.request.get(harness.server.url(`help/${example.id.toLowerCase()}.html`));
      expect(response.status()).toBe(200);
      // The production build may minify the page (entities decoded): compare decoded text.
      const html = (await response.text()).replace(/&quot;/g, '"');
      expect(html).toContain(formulaNl(example));
      expect(html).toContain(`data-example-result>${formatNl(example.result, example.decimals)}<`);
    }
  });
});
