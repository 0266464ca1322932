import { LIMITS, presetDrivers, YEAR_DRIVER_FIELDS } from '../../core';
import type { Drivers, Edition, PresetName, YearDriverField, YearDrivers } from '../../core';
import { canonicalYear, MAX_SCENARIOS, parseJsonText } from './readJsonFile';

/** A scenario read from a JSON file: a name and the drivers to write on its sheet. */
export interface FileScenario {
  readonly name: string;
  readonly preset: PresetName;
  readonly drivers: Drivers;
}

export type ScenarioFileResult = { ok: true; scenarios: FileScenario[] } | { ok: false; message: string };

const PRESETS: readonly PresetName[] = ['basis', 'laag', 'hoog'];
const TOP_LEVEL = ['name', 'preset', 'cutApplied', 'startOccupancy', 'drivers'];
const MAX_NAME = 24; // "Scenario " + name stays within Excel's 31 characters

/** Upper bound per field; indOther is a balance and may be negative. */
function limitOf(field: YearDriverField): { max: number; signed: boolean } {
  if (field === 'stayMonths') return { max: LIMITS.months, signed: false };
  if (field === 'pricePerBed' || field.startsWith('indPrice.')) return { max: LIMITS.euros, signed: false };
  if (field === 'indOther') return { max: LIMITS.euros, signed: true };
  return { max: LIMITS.count, signed: false };
}

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

function checkNumber(path: string, value: unknown, max: number, signed: boolean): number {
  const kind = signed ? 'a number' : 'a non-negative number';
  if (typeof value !== 'number' || !Number.isFinite(value) || (!signed && value < 0)) fail(path, `must be ${kind}, got ${shown(value)}`);
  const n = value as number;
  if (Math.abs(n) > max) fail(path, `must be at most ${max}, got ${n}`);
  return n;
}

function withField(year: YearDrivers, field: YearDriverField, value: number): YearDrivers {
  const [group, key] = field.split('.') as [string, string | undefined];
  if (key === undefined) return { ...year, [group]: value };
  const inner = year[group as 'indVolume' | 'indPrice'];
  return { ...year, [group]: { ...inner, [key]: value } };
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
  let drivers: Drivers = presetDrivers(edition, preset as PresetName);
  if (obj.cutApplied !== undefined) {
    if (typeof obj.cutApplied !== 'boolean') fail(p('cutApplied'), `must be true or false, got ${shown(obj.cutApplied)}`);
    drivers = { ...drivers, cutApplied: obj.cutApplied as boolean };
  }
  if (obj.startOccupancy !== undefined) {
    drivers = { ...drivers, startOccupancy: checkNumber(p('startOccupancy'), obj.startOccupancy, LIMITS.count, false) };
  }
  const overrides = obj.drivers ?? {};
  if (!isObject(overrides)) fail(p('drivers'), `must be an object like {"coaInflow": {"2026": 90000}}, got ${shown(overrides)}`);
  for (const [field, perYear] of Object.entries(overrides as Record<string, unknown>)) {
    const fp = p(`drivers.${field}`);
    if (!(YEAR_DRIVER_FIELDS as readonly string[]).includes(field)) fail(fp, `is not a driver; use ${YEAR_DRIVER_FIELDS.join(', ')}`);
    if (!isObject(perYear)) fail(fp, `must be an object of year: value, like {"2026": 90000}, got ${shown(perYear)}`);
    const { max, signed } = limitOf(field as YearDriverField);
    for (const [yearKey, value] of Object.entries(perYear as Record<string, unknown>)) {
      const year = canonicalYear(yearKey) ?? fail(`${fp}.${yearKey}`, 'is not a year as written; write four digits, like "2026"');
      if (!edition.projectionYears.includes(year)) fail(`${fp}.${yearKey}`, `is not a projection year; use ${edition.projectionYears.join(', ')}`);
      const n = checkNumber(`${fp}.${yearKey}`, value, max, signed);
      drivers = { ...drivers, years: drivers.years.map((y) => (y.year === year ? withField(y, field as YearDriverField, n) : y)) };
    }
  }
  return { name: (name as string).trim(), preset: preset as PresetName, drivers };
}

/**
 * Reads a scenario file: one scenario object or an array of them. The first
 * problem is reported with the file name and the path of the field, e.g.
 * `hoog.json: drivers.coaInflow.2026 must be a non-negative number, got "abc"`.
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
