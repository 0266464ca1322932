// functions.json as the build makes it: generated from the JSDoc of src/functions/functions.ts by
// custom-functions-metadata (the library custom-functions-metadata-plugin calls), then shippedMetadata.
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { arityOf, FUNCTION_IDS, OPTIONAL_BEFORE_EDITION, type FunctionId } from '../../src/functions/registry';
import { shippedMetadata, type FunctionsMetadata } from '../../src/functions/help/metadata';

const FUNCTIONS_TS = path.resolve(__dirname, '../../src/functions/functions.ts');
let metadata: FunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_TS, false);
  expect(generated.errors).toEqual([]);
  metadata = shippedMetadata(JSON.parse(generated.metadataJson) as FunctionsMetadata);
}, 30_000);

describe('functions.json', () => {
  it('describes exactly the AENM functions', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  });
  it('has a description for every function and every parameter', () => {
    for (const f of metadata.functions) {
      expect(f.description?.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect([f.id, p.name, (p.description?.length ?? 0) > 15]).toEqual([f.id, p.name, true]);
    }
  });
  it('names accepted products in both languages, and units', () => {
    const product = metadata.functions.find((f) => f.id === 'IND_COST')!.parameters[0]!;
    expect(product.description).toContain('asiel/asylum, regulier/regular, naturalisatie/naturalisation');
    expect(metadata.functions.find((f) => f.id === 'COA_BEDS')!.parameters[1]!.description).toContain('maanden');
  });
  it('declares every parameter a range of any value (single cells arrive as [[v]]) and every result a matrix', () => {
    for (const f of metadata.functions) {
      expect(f.result?.dimensionality).toBe('matrix');
      for (const p of f.parameters) expect([f.id, p.name, p.type, p.dimensionality]).toEqual([f.id, p.name, 'any', 'matrix']);
    }
  });
  it('marks year, price and organisation optional where the function has a default', () => {
    const optional = metadata.functions.flatMap((f) => f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`));
    const editions = FUNCTION_IDS.map((id) => `${id}.edition`);
    expect(optional.sort()).toEqual(['COA_COST.price', 'CUT.organisation', 'IND_CAPACITY.year', 'IND_COST.year', 'IND_PRICE.year', 'NIDOS_COST.year', ...editions].sort());
  });
  it('marks optional exactly the trailing arguments the registry counts (OPTIONAL_BEFORE_EDITION)', () => {
    for (const f of metadata.functions) {
      const before = f.parameters.slice(0, -1).map((p) => Boolean(p.optional));
      const n = OPTIONAL_BEFORE_EDITION[f.id as FunctionId];
      expect([f.id, before]).toEqual([f.id, before.map((_, k) => k >= before.length - n)]);
    }
  });
  it('ends every function with the optional [edition], after the arguments the registry counts', () => {
    for (const f of metadata.functions) {
      const last = f.parameters[f.parameters.length - 1]!;
      expect([f.id, last.name, last.optional, f.parameters.length]).toEqual([f.id, 'edition', true, arityOf(f.id as FunctionId) + 1]);
    }
  });
  it('points each function at its own help page, and lets input errors through', () => {
    for (const f of metadata.functions) expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id.toLowerCase()}.html`);
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    // Data-type cells arrive as objects; the functions read their basicValue (issue 10, tests/functions/hosts.test.ts).
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });
  it('moves help pages to the production host when one is given', () => {
    const moved = shippedMetadata(metadata, 'https://example.gov.nl/aenm');
    expect(moved.functions[0]!.helpUrl).toMatch(/^https:\/\/example\.gov\.nl\/aenm\/help\/[a-z_]+\.html$/);
  });
});
