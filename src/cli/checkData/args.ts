import { AUDITED_EDITIONS, DEFAULT_EDITION, editionById, type AuditedEdition } from '../../core';

export type Format = 'text' | 'json' | 'md' | 'html';

export interface Options {
  readonly edition: AuditedEdition;
  readonly format: Format;
  /** Write the output to this file instead of standard output. */
  readonly out?: string;
}

/**
 * Parses `[--json] [--format text|json|md|html] [--out FILE] [--edition ID]`
 * (`--json` is `--format json`); `formats` are those the command offers. An
 * error is a message for the user (exit code 2).
 */
export function parseArgs(argv: readonly string[], editions: readonly AuditedEdition[], fallback: AuditedEdition, formats: readonly Format[] = ['text', 'json']): { options: Options } | { error: string } {
  let edition = fallback;
  let format: Format = 'text';
  let out: string | undefined;
  const valueOf = (arg: string, i: number): string | undefined => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1]);
  const usage = `Gebruik: [--json] [--format ${formats.join('|')}]${formats.length > 2 ? ' [--out BESTAND]' : ''} [--edition ${fallback.id}]`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.split('=')[0];
    const takesNext = !arg.includes('=');
    if (arg === '--json') format = 'json';
    else if (name === '--edition') {
      const id = valueOf(arg, i);
      if (takesNext) i++;
      const found = id ? editionById(id.trim(), editions) : undefined;
      const known = editions.map((e) => e.id).join(', ');
      if (!id) return { error: `--edition heeft een editie nodig. Beschikbaar: ${known}.` };
      if (!found?.ok) return { error: `Onbekende editie "${id}". Beschikbaar: ${known}.` };
      edition = found.value;
    } else if (name === '--format') {
      const value = valueOf(arg, i);
      if (takesNext) i++;
      if (!value || !(formats as readonly string[]).includes(value)) return { error: `--format kent ${formats.join(', ')}; gegeven: "${value ?? ''}".` };
      format = value as Format;
    } else if (name === '--out' && formats.length > 2) {
      const value = valueOf(arg, i);
      if (takesNext) i++;
      if (!value) return { error: '--out heeft een bestandsnaam nodig.' };
      out = value;
    } else return { error: `Onbekend argument "${arg}". ${usage}` };
  }
  return { options: { edition, format, ...(out ? { out } : {}) } };
}

/** The default edition with its audit (the data check needs the audit; see AUDITED_EDITIONS). */
export function defaultAudited(): AuditedEdition {
  const found = AUDITED_EDITIONS.find((e) => e.id === DEFAULT_EDITION.id);
  if (!found) throw new Error(`No audit for the default edition ${DEFAULT_EDITION.id}`);
  return found;
}
