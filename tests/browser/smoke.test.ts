// Loads the production build the way Excel would (minus Excel): both entry pages must
// start cleanly, register exactly the custom functions described in functions.json, and
// make no network request except Office.js.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, useAddinHarness } from './support';

const harness = useAddinHarness();

function metadataIds(): string[] {
  const json = JSON.parse(readFileSync(path.join(DIST_DIR, 'functions.json'), 'utf8')) as {
    functions: { id: string }[];
  };
  return json.functions.map((f) => f.id).sort();
}

describe('functions.html', () => {
  it('registers exactly the ids in functions.json, without loading React/Fluent', async () => {
    const opened = await harness.open('functions.html');
    expect(await opened.page.title()).toBe('AENM functies');
    expect(metadataIds().length).toBeGreaterThan(0);
    expect([...(await opened.registeredIds())].sort()).toEqual(metadataIds());
    expect(opened.requests.filter((u) => u.includes('ui-vendor'))).toEqual([]);
    expect(opened.blocked).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('taskpane.html', () => {
  it('renders the pane and, as the shared runtime, registers the same functions', async () => {
    const opened = await harness.open('taskpane.html');
    expect(await opened.page.title()).toBe('AENM Begroting');
    await opened.page.getByText('AENM Begroting').first().waitFor();
    expect([...(await opened.registeredIds())].sort()).toEqual(metadataIds());
    expect(opened.blocked).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
