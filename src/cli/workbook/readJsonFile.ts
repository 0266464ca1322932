/**
 * JSON-level hardening for the files the CLI reads (issue 12), before any
 * scenario field is looked at:
 * - a UTF-8 byte-order mark (what Windows editors write) is accepted;
 * - "not valid JSON" messages never carry raw control or direction characters
 *   to the terminal: they are shown as \u{…};
 * - a number beyond ±1.8e308 ("1e309") is reported with its path as too large,
 *   not as "got null" (JSON.parse makes it Infinity, which prints as null);
 * - a key written twice in one object is refused with its path (JSON.parse
 *   silently keeps the last one);
 * - the work is linear in the file's length and uses no recursion.
 */

/**
 * Scenarios one run writes (each is a sheet, and the comparison sheet reads them all).
 * 10.000 scenarios in a 270 KB file took 140 s and 3,2 GB before this cap.
 */
export const MAX_SCENARIOS = 50;

/** A year key as written in a scenario file: four digits and nothing else ("2026.0", "0x7EA", " 2026 " are not). */
export const canonicalYear = (key: string): number | null => (/^[12]\d{3}$/.test(key) ? Number(key) : null);

export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const BOM = '\uFEFF';
/** Longest piece of a message taken from the file. */
const MAX_ECHO = 120;

/** Control, format and direction characters shown as \u{…}, so a message cannot rewrite the terminal. */
export function printable(text: string): string {
  // C0, DEL, C1, zero-width and direction marks, line/paragraph separators, BOM.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`);
}

const shorten = (text: string): string => (text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}… (${text.length} characters)` : text);

/** A path as the scenario messages write it: `[0].drivers.coaInflow.2026`. */
type Segment = string | number;
const pathText = (path: readonly Segment[]): string => path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || 'the file';

/** Parses a JSON file's text; the message starts with the file name. */
export function parseJsonText(text: string, fileName: string): JsonRead {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${fileName}: not valid JSON (${printable(shorten(reason))})` };
  }
  const duplicate = firstDuplicateKey(body);
  if (duplicate) {
    return { ok: false, message: `${fileName}: ${printable(shorten(pathText(duplicate)))} is written more than once; JSON keeps only the last, so write it once` };
  }
  // Only a long exponent or a 309-digit number can overflow: the walk is skipped otherwise.
  const at = /\d[eE][+-]?\d{3}|\d{309}/.test(body) ? pathOfNonFinite(value) : null;
  if (at) {
    return { ok: false, message: `${fileName}: ${printable(shorten(pathText(at)))} is a number beyond ±1.8e308, too large for any figure` };
  }
  return { ok: true, value };
}

/** The path of the first ±Infinity in a parsed value, breadth-first, without recursion; null if none. */
function pathOfNonFinite(root: unknown): Segment[] | null {
  const queue: { value: unknown; parent: number; segment: Segment | undefined }[] = [{ value: root, parent: -1, segment: undefined }];
  for (let i = 0; i < queue.length; i++) {
    const { value } = queue[i]!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      const path: Segment[] = [];
      for (let at = i; at > 0; at = queue[at]!.parent) path.unshift(queue[at]!.segment!);
      return path;
    }
    if (Array.isArray(value)) value.forEach((v, k) => queue.push({ value: v, parent: i, segment: k }));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) queue.push({ value: v, parent: i, segment: k });
  }
  return null;
}

interface Frame {
  readonly object: boolean;
  readonly keys: Set<string>;
  /** In an object: the next string is a key. In an array: the index of the next element. */
  expectKey: boolean;
  index: number;
  key: Segment | undefined;
}

/**
 * The path of the first key that appears twice in one object, or null. Reads
 * text that JSON.parse has accepted, so it only tracks strings, brackets,
 * colons and commas. Keys are compared decoded ("\u0032026" is "2026").
 */
export function firstDuplicateKey(text: string): Segment[] | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      let escaped = false;
      while (end < text.length && text[end] !== '"') {
        if (text[end] === '\\') {
          escaped = true;
          end += 1;
        }
        end += 1;
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key))
          return [
            ...stack
              .slice(0, -1)
              .map((f) => f.key)
              .filter((k): k is Segment => k !== undefined),
            key,
          ];
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push({ object: c === '{', keys: new Set(), expectKey: c === '{', index: 0, key: c === '[' ? 0 : undefined });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.key = ++top.index;
    }
  }
  return null;
}
