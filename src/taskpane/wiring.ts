/**
 * The one place where the pane's services are made: Office's globals are read
 * here and nowhere else in src/taskpane, and workbook access goes through
 * src/excel. Components get everything as props.
 */
import { DEFAULT_EDITION } from '../core';
import { readScenarios, type ScenarioReadContext } from '../excel/readScenarios';
import { activateSheetInExcel, readInventoryInExcel, writeSheetsInExcel } from '../excel';
import { languageFor } from './host/language';
import { themeFor } from './host/theme';
import { downloadWorkbook } from './services/downloadWorkbook';
import { downloadBlob } from './download/downloadBlob';
import { fromAdapter } from './services/fromAdapter';
import { ADDIN_VERSION } from './version';
import type { HostInfo, Services, WorkbookWriter } from './services/types';

/** What Office.onReady said; null host = not inside Office (standalone page, tests). */
export interface OfficeInfo {
  readonly host: string | null;
}

function officeContext(): Office.Context | undefined {
  return typeof Office !== 'undefined' ? Office.context : undefined;
}

function hostInfo(info: OfficeInfo): HostInfo {
  const context = officeContext();
  const prefersDark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    inExcel: info.host === 'Excel' && typeof Excel !== 'undefined',
    // Only Office's own setting counts; outside Office the pane stays Dutch (the default).
    language: languageFor(context?.displayLanguage),
    theme: themeFor(context?.officeTheme?.bodyBackgroundColor, prefersDark),
    isSetSupported: (set, version) => context?.requirements?.isSetSupported(set, version) === true,
  };
}

function excelWorkbook(host: HostInfo): WorkbookWriter {
  return {
    write: async (descriptions) => fromAdapter(await writeSheetsInExcel(descriptions, { isSetSupported: host.isSetSupported })),
    activate: async (sheetName) => {
      try {
        return await activateSheetInExcel(sheetName);
      } catch {
        return false;
      }
    },
    inventory: async () => {
      try {
        return { ok: true, inventory: await readInventoryInExcel(host.isSetSupported('ExcelApi', '1.5')) };
      } catch (error) {
        return { ok: false, failure: { kind: 'excel', message: error instanceof Error ? error.message : String(error) } };
      }
    },
    listScenarios: async () => {
      try {
        // Excel.RequestContext has the members ScenarioReadContext names (with wider overloads).
        const scenarios = await Excel.run((context) => readScenarios(context as unknown as ScenarioReadContext, DEFAULT_EDITION));
        return { ok: true, scenarios };
      } catch (error) {
        return { ok: false, failure: { kind: 'excel', message: error instanceof Error ? error.message : String(error) } };
      }
    },
  };
}

export function createServices(info: OfficeInfo): Services {
  const host = hostInfo(info);
  const today = () => new Date().toISOString().slice(0, 10);
  return {
    edition: DEFAULT_EDITION,
    host,
    workbook: host.inExcel ? excelWorkbook(host) : downloadWorkbook(DEFAULT_EDITION, ADDIN_VERSION, (blob, name) => downloadBlob(blob, name), today),
    today,
  };
}
