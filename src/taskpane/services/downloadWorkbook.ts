import type { Edition } from '../../core';
import { COMPARE_SHEET_NAME, parametersSheetName, readScenarioDescription, workbookPlan } from '../../core/sheets';
import type { SheetDescription } from '../../core/sheets/types';
import { sheetNamer } from '../../xlsx/sheetNames';
import { workbookFile } from '../../xlsx/workbookFile';
import type { ScenarioInWorkbook, WorkbookWriter } from './types';

/** How the file reaches the user; the wiring passes the browser download, tests a recorder. */
export type Deliver = (blob: Blob, fileName: string) => void;

/** The one edition a write's descriptions come from (each description records its edition id). */
function editionOf(editions: readonly Edition[], planned: readonly SheetDescription[]): Edition {
  const ids = [...new Set(planned.map((d) => d.edition))];
  if (ids.length !== 1) throw new Error(`one write, one edition: got ${ids.join(', ') || 'none'}`);
  const edition = editions.find((e) => e.id === ids[0]);
  if (!edition) throw new Error(`unknown edition ${ids[0]}; known: ${editions.map((e) => e.id).join(', ')}`);
  return edition;
}

/**
 * The workbook outside Excel: every action writes its sheets into an .xlsx
 * and offers it as a download, so the same buttons serve a colleague without
 * Excel. The session acts as one workbook: a scenario sheet gets a name no
 * earlier scenario of the session has (a second "Krimp 10" is written as
 * "Scenario Krimp 10 (2)", in its own file and in the comparison file), and
 * "Scenario's vergelijken" reads the remembered sheets back through the same
 * core read-back as Excel's sheets, under the names they were written with,
 * for the edition the pane has chosen (a sheet of another edition is refused).
 */
export function downloadWorkbook(editions: readonly Edition[], addinVersion: string, deliver: Deliver, today: () => string): WorkbookWriter {
  const scenarios: SheetDescription[] = [];
  const name = sheetNamer();
  // The comparison file also holds these sheets: no scenario may take their names.
  name(COMPARE_SHEET_NAME);
  for (const edition of editions) name(parametersSheetName(edition));
  return {
    // The pane's protect setting applies in Excel only: the .xlsx is written unprotected (see src/xlsx/writeSheet.ts).
    async write(planned) {
      const edition = editionOf(editions, planned);
      const date = today();
      const named = planned.map((d) => (d.kind === 'scenario' ? { ...d, name: name(d.name) } : d));
      // A comparison file carries the scenarios of its edition it compares, so its formulas resolve.
      const compared = scenarios.filter((d) => d.edition === edition.id);
      const descriptions = named.some((d) => d.kind === 'compare') ? workbookPlan(edition, [...compared, ...named.filter((d) => d.kind !== 'parameters')], date) : named;
      const file = await workbookFile(descriptions, { edition: edition.id, editionName: edition.name, addinVersion }, date);
      deliver(file.blob, file.fileName);
      scenarios.push(...named.filter((d) => d.kind === 'scenario'));
      return {
        ok: true,
        download: file.fileName,
        sheets: file.sheets.map((sheet) => ({
          wanted: sheet.wanted,
          sheetName: sheet.sheetName,
          skipped: false,
          ranges: [],
          tables: sheet.tables,
          charts: sheet.charts,
          names: sheet.names,
        })),
      };
    },
    listScenarios: async (edition) => ({
      ok: true,
      scenarios: scenarios.map((d) => readScenarioDescription(edition, d)).filter((r): r is ScenarioInWorkbook => r.kind !== 'none'),
    }),
  };
}
