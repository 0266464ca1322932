import type { Edition, Figure, SourceRef } from '../edition/types';
import { UNIT_LABEL } from '../edition/units';

/** "Tabel 7, Bijdrage COA, bedrag, x € 1.000": enough to find the figure in the PDF. */
export const sourceText = (source: SourceRef): string => `${source.table}, ${source.row}, ${source.column}, ${UNIT_LABEL[source.unit]}`;

/** The line under every title: "Bron: Ontwerpbegroting 2025 Asiel en Migratie, Kamerstuk 36 600 XX nr. 2, Tabel 7". */
export const sourceLine = (edition: Edition, tables: readonly string[]): string => `Bron: ${edition.document}, ${tables.join(', ')}`;

/** A published figure, or a thrown error: a sheet that cannot find its own edition's figure is a defect, not user input. */
export function must(result: { ok: true; value: Figure } | { ok: false; error: unknown }, what: string): Figure {
  if (!result.ok) throw new Error(`Sheet needs ${what}: ${JSON.stringify(result.error)}`);
  return result.value;
}
