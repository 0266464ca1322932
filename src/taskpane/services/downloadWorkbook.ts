import type { Edition } from '../../core';
import { parseAddress, SCENARIO_LAYOUT as L, workbookPlan } from '../../core/sheets';
import type { SheetDescription } from '../../core/sheets/types';
import { driversFromBlock } from '../../excel/readScenarios';
import { workbookFile } from '../../xlsx/workbookFile';
import type { ScenarioInWorkbook, WorkbookWriter } from './types';

/** How the file reaches the user; the wiring passes the browser download, tests a recorder. */
export type Deliver = (blob: Blob, fileName: string) => void;

/**
 * The workbook outside Excel: every action writes its sheets into an .xlsx
 * and offers it as a download, so the same buttons serve a colleague without
 * Excel. Scenarios written in this session are remembered, so "Scenario's
 * vergelijken" compares them as it would compare the sheets of a workbook.
 */
export function downloadWorkbook(edition: Edition, addinVersion: string, deliver: Deliver, today: () => string): WorkbookWriter {
  const scenarios: { sheet: SheetDescription; found: ScenarioInWorkbook }[] = [];
  return {
    async write(planned) {
      const date = today();
      // A comparison file carries the scenarios it compares, so its formulas resolve.
      const descriptions = planned.some((d) => d.kind === 'compare')
        ? workbookPlan(edition, [...scenarios.map((s) => s.sheet), ...planned.filter((d) => d.kind !== 'parameters')], date)
        : planned;
      const file = await workbookFile(descriptions, { edition: edition.id, editionName: edition.name, addinVersion }, date);
      deliver(file.blob, file.fileName);
      for (const sheet of planned) {
        const found = sheet.kind === 'scenario' ? scenarioFrom(sheet) : undefined;
        if (found) scenarios.push({ sheet, found });
      }
      return {
        ok: true,
        download: file.fileName,
        sheets: file.sheets.map((sheet) => ({
          wanted: sheet.wanted,
          sheetName: sheet.sheetName,
          skipped: false,
          ranges: [],
          tables: sheet.tables,
          charts: [],
          names: sheet.names,
        })),
      };
    },
    listScenarios: async () => ({ ok: true, scenarios: scenarios.map((s) => s.found) }),
  };
}

/** Reads a scenario description's input block the way the Excel adapter reads a scenario sheet. */
function scenarioFrom(description: SheetDescription): ScenarioInWorkbook | undefined {
  const values: unknown[][] = [];
  const first = L.firstYearColumn;
  let label = description.name;
  for (const cell of description.cells) {
    const { column, row } = parseAddress(cell.address);
    if (cell.address === L.name && typeof cell.value === 'string') label = cell.value;
    if (row < L.inputsHeader || row > L.rows.cutApplied || column < first) continue;
    const line = (values[row - L.inputsHeader] ??= []);
    line[column - first] = cell.value ?? cell.cached;
  }
  const drivers = driversFromBlock(Array.from({ length: L.rows.cutApplied - L.inputsHeader + 1 }, (_, i) => values[i] ?? []));
  return drivers ? { sheetName: description.name, label, drivers } : undefined;
}
