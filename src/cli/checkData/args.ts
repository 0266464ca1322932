import type { Edition } from '../../core';

export interface Options {
  readonly edition: Edition;
  readonly json: boolean;
}

/** Parses `[--json] [--edition ID]`; an error is a message for the user (exit code 2). */
export function parseArgs(argv: readonly string[], editions: readonly Edition[], fallback: Edition): { options: Options } | { error: string } {
  let edition = fallback;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--edition' || arg.startsWith('--edition=')) {
      const id = arg.includes('=') ? arg.slice('--edition='.length) : argv[++i];
      const found = editions.find((e) => e.id.toLowerCase() === (id ?? '').trim().toLowerCase());
      const known = editions.map((e) => e.id).join(', ');
      if (!id) return { error: `--edition heeft een editie nodig. Beschikbaar: ${known}.` };
      if (!found) return { error: `Onbekende editie "${id}". Beschikbaar: ${known}.` };
      edition = found;
    } else return { error: `Onbekend argument "${arg}". Gebruik: [--json] [--edition ${fallback.id}]` };
  }
  return { options: { edition, json } };
}
