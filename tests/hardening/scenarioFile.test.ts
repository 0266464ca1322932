// Property-based: whatever JSON (or non-JSON) the CLI is given as a scenario file,
// parseScenarioFile answers ok or one message naming the file — never throws, never
// pollutes prototypes, quickly, and without echoing a megabyte back.
import fc from 'fast-check';
import { DEFAULT_EDITION } from '../../src/core';
import { parseScenarioFile } from '../../src/cli/workbook/scenarioFile';
import { MAX_MESSAGE_CHARS, MAX_MS, megabyteText, timed } from './bounds';

const FILE = 'scenario.json';

function checkAnswer(text: string): void {
  const { value, ms } = timed(() => parseScenarioFile(DEFAULT_EDITION, text, FILE));
  expect(ms).toBeLessThan(MAX_MS);
  if (!value.ok) expect(value.message.startsWith(`${FILE}: `)).toBe(true);
  else for (const s of value.scenarios) expect(s.name.length).toBeGreaterThan(0);
}

/** Objects that look like scenarios: right keys, wrong and right values. */
const driverValue = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
const scenarioLike = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant('')),
    preset: fc.oneof(fc.constantFrom('basis', 'laag', 'hoog', 'BASIS', ''), fc.integer()),
    cutApplied: fc.oneof(fc.boolean(), fc.string()),
    startOccupancy: driverValue,
    drivers: fc.dictionary(
      fc.constantFrom('coaInflow', 'stayMonths', 'pricePerBed', 'indOther', 'indVolume.asiel', 'nope', '__proto__', 'constructor'),
      fc.oneof(fc.dictionary(fc.constantFrom('2025', '2026', '2027', '2028', '2029', '1999', 'x', '__proto__'), driverValue), driverValue),
    ),
  },
  { requiredKeys: [] },
);

describe('parseScenarioFile under hostile input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkAnswer), { numRuns: 300 });
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => checkAnswer(JSON.stringify(v))),
      { numRuns: 500 },
    );
  });

  it('never throws on scenario-shaped objects, alone or in arrays', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioLike, fc.array(scenarioLike, { maxLength: 3 })), (v) => checkAnswer(JSON.stringify(v))),
      { numRuns: 500 },
    );
  });

  it('"__proto__" keys are refused as fields and pollute nothing', () => {
    const text = '{"name":"x","drivers":{"__proto__":{"polluted":1}},"__proto__":{"polluted":1}}';
    const result = parseScenarioFile(DEFAULT_EDITION, text, FILE);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 1 MB scenario name is refused in under a second with a message of readable length', () => {
    const { value, ms } = timed(() => parseScenarioFile(DEFAULT_EDITION, JSON.stringify({ name: megabyteText() }), FILE));
    expect(ms).toBeLessThan(MAX_MS);
    expect(value.ok).toBe(false);
    if (!value.ok) {
      expect(value.message).toContain('name');
      expect(value.message.length).toBeLessThan(MAX_MESSAGE_CHARS);
    }
  });

  it('a 100,000-deep nesting or a 100,000-element array gives a message, not a crash', () => {
    checkAnswer('['.repeat(100_000) + ']'.repeat(100_000));
    checkAnswer(JSON.stringify(Array.from({ length: 100_000 }, () => 1)));
  });
});
