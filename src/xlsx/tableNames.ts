/**
 * Excel table names are workbook-wide, share one namespace with defined names,
 * must start with a letter or underscore, and must not look like a cell
 * reference ("ODA1", "R1C1") or Excel repairs the file on opening.
 */
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export function cleanTableName(wanted: string): string {
  let name = wanted.replace(/[^A-Za-z0-9_.]/g, '_');
  if (!/^[A-Za-z_]/.test(name) || LOOKS_LIKE_REFERENCE.test(name)) name = `T_${name}`;
  return name.slice(0, 255);
}

/** Unique, case-insensitive; `reserved` holds the defined names already used. */
export function tableNamer(reserved: ReadonlySet<string> = new Set()): (wanted: string) => string {
  const taken = new Set([...reserved].map((n) => n.toLowerCase()));
  return (wanted) => {
    const base = cleanTableName(wanted);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
}
