import type { Edition } from '../../core';
import { readScenarioCells, workbookPlan } from '../../core/sheets';
import type { SheetDescription } from '../../core/sheets/types';
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
        const found = sheet.kind === 'scenario' ? scenarioFrom(sheet, edition) : undefined;
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

/** Reads a scenario description the way the Excel adapter reads a scenario sheet: by the layout, from the cells' values. */
function scenarioFrom(description: SheetDescription, edition: Edition): ScenarioInWorkbook | undefined {
  const byAddress = new Map(description.cells.map((c) => [c.address, c.value ?? c.cached]));
  const read = readScenarioCells((address) => byAddress.get(address), edition);
  return read.ok ? { sheetName: description.name, label: read.name || description.name, drivers: read.drivers } : undefined;
}
