import { describeError, DRIVERS, NegativeOccupancyError, presetDrivers, PRESETS, PRICE_VARIANTS, projectChain, withDriver, withinDriverLimits } from '../../core';
import type { ChainDrivers, DriverDeclaration, Edition, PresetName, PriceVariant } from '../../core';
import { evaluateDriverExpression } from '../../core/expressions';
import { canonicalYear, MAX_SCENARIOS, parseJsonText } from './readJsonFile';

/** A scenario read from a JSON file: a name and the drivers to write on its sheet. */
export interface FileScenario {
  readonly name: string;
  readonly preset: PresetName;
  readonly drivers: ChainDrivers;
}

export type ScenarioFileResult = { ok: true; scenarios: FileScenario[] } | { ok: false; message: string };

const TOP_LEVEL = ['name', 'preset', 'priceVariant', 'drivers'];
const MAX_NAME = 24; // "Scenario " + name stays within Excel's 31 characters

/** The offending value, short: a pasted megabyte or a 100,000-deep array must give a message, not a crash (tests/hardening). */
const MAX_SHOWN = 80;
function shown(v: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = Array.isArray(v) ? 'a deeply nested array' : 'a deeply nested object';
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class FieldError extends Error {}
const fail = (path: string, message: string): never => {
  throw new FieldError(`${path} ${message}`);
};

/**
 * One driver value: a number, or the same expression text the pane accepts
 * ("-10%", "basis * 0,8", "76400 - 5000") through the same restricted
 * evaluator, relative to the preset's value; then the declaration's limits.
 * The switch also takes true / false.
 */
function driverValue(path: string, d: DriverDeclaration, raw: unknown, basis: number): number {
  let value: number;
  if (d.unit === 'switch' && typeof raw === 'boolean') value = raw ? 1 : 0;
  else if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const result = evaluateDriverExpression(raw, { basis, what: path, allowNegative: d.limits.min < 0 });
    if (!result.ok) return fail(path, `is refused: ${describeError(result.error, 'en')}`);
    value = result.value;
  } else return fail(path, `must be a number or a driver expression such as "-10%", got ${shown(raw)}`);
  if (!withinDriverLimits(d.key, value)) fail(path, `must be ${d.limits.whole ? 'a whole number ' : ''}between ${d.limits.min} and ${d.limits.max}, got ${shown(raw)}${typeof raw === 'string' ? ` (= ${value})` : ''}`);
  return value;
}

function readScenario(edition: Edition, raw: unknown, at: string): FileScenario {
  if (!isObject(raw)) fail(at || 'the file', `must be an object with "name" and "drivers", got ${shown(raw)}`);
  const obj = raw as Record<string, unknown>;
  const p = (key: string) => (at ? `${at}.${key}` : key);
  for (const key of Object.keys(obj)) if (!TOP_LEVEL.includes(key)) fail(p(key), `is not a scenario field; use ${TOP_LEVEL.join(', ')}`);
  const name = obj.name;
  if (typeof name !== 'string' || name.trim() === '') fail(p('name'), `must be a non-empty text, got ${shown(name)}`);
  if ((name as string).trim().length > MAX_NAME) fail(p('name'), `must be at most ${MAX_NAME} characters (it names a sheet), got ${shown(name)}`);
  const preset = obj.preset ?? 'basis';
  if (!PRESETS.includes(preset as PresetName)) fail(p('preset'), `must be one of ${PRESETS.join(', ')}, got ${shown(preset)}`);
  const variant = obj.priceVariant ?? edition.chain.priceVariant;
  if (!PRICE_VARIANTS.includes(variant as PriceVariant)) fail(p('priceVariant'), `must be one of ${PRICE_VARIANTS.join(', ')}, got ${shown(variant)}`);
  let drivers = presetDrivers(edition, preset as PresetName, variant as PriceVariant);
  const overrides = obj.drivers ?? {};
  if (!isObject(overrides)) fail(p('drivers'), `must be an object like {"asylumInflow": {"2026": "-10%"}}, got ${shown(overrides)}`);
  for (const [key, given] of Object.entries(overrides as Record<string, unknown>)) {
    const fp = p(`drivers.${key}`);
    const d = DRIVERS.find((x) => x.key === key);
    if (!d) return fail(fp, `is not a driver; use ${DRIVERS.map((x) => x.key).join(', ')}`);
    if (d.scope === 'single') {
      drivers = withDriver(drivers, d.key, driverValue(fp, d, given, drivers.single[d.key]));
      continue;
    }
    if (!isObject(given)) fail(fp, `must be an object of year: value, like {"2026": 90000}, got ${shown(given)}`);
    for (const [yearKey, value] of Object.entries(given as Record<string, unknown>)) {
      const year = canonicalYear(yearKey) ?? fail(`${fp}.${yearKey}`, 'is not a year as written; write four digits, like "2026"');
      const i = edition.projectionYears.indexOf(year);
      if (i < 0) fail(`${fp}.${yearKey}`, `is not a projection year; use ${edition.projectionYears.join(', ')}`);
      drivers = withDriver(drivers, d.key, driverValue(`${fp}.${yearKey}`, d, value, drivers.year[d.key][i]!), year);
    }
  }
  try {
    projectChain(edition, drivers);
  } catch (error) {
    if (error instanceof NegativeOccupancyError) fail(p('drivers'), `give a negative COA occupancy: ${error.message}`);
    throw error;
  }
  return { name: (name as string).trim(), preset: preset as PresetName, drivers };
}

/**
 * Reads a scenario file: one scenario object or an array of them. Driver
 * names and limits come from the driver declarations (src/core/chain). The
 * first problem is reported with the file name and the path of the field,
 * e.g. `hoog.json: drivers.coaOutflow.2026 must be between 0 and 10000000, got -5`.
 */
export function parseScenarioFile(edition: Edition, text: string, fileName: string): ScenarioFileResult {
  const read = parseJsonText(text, fileName);
  if (!read.ok) return read;
  const json = read.value;
  if (Array.isArray(json) && json.length > MAX_SCENARIOS) return { ok: false, message: `${fileName}: holds ${json.length} scenarios; at most ${MAX_SCENARIOS} fit one workbook` };
  try {
    const list = Array.isArray(json) ? json.map((s, i) => readScenario(edition, s, `[${i}]`)) : [readScenario(edition, json, '')];
    if (list.length === 0) return { ok: false, message: `${fileName}: the array holds no scenario` };
    return { ok: true, scenarios: list };
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, message: `${fileName}: ${error.message}` };
    throw error;
  }
}
