/**
 * The one place where the pane's services are made: Office's globals are read
 * here and nowhere else in src/taskpane, and workbook access goes through
 * src/excel. Components get everything as props.
 */
import { DEFAULT_EDITION, EDITIONS, type Edition } from '../core';
import type { ScenarioReadContext } from '../excel/readScenarios';
import type { OfficeInfo } from './boot/officeReady';
import { languageFor } from './host/language';
import { themeFor } from './host/theme';
import { ADDIN_VERSION } from './version';
import type { HostInfo, Services, WorkbookWriter } from './services/types';

export type { OfficeInfo };

function officeContext(): Office.Context | undefined {
  return typeof Office !== 'undefined' ? Office.context : undefined;
}

function hostInfo(info: OfficeInfo): HostInfo {
  const context = officeContext();
  const prefersDark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return {
    inExcel: info.host === 'Excel' && typeof Excel !== 'undefined',
    ...(info.officeUnavailable ? { officeUnavailable: true } : {}),
    // Only Office's own setting counts; outside Office the pane stays Dutch (the default).
    language: languageFor(context?.displayLanguage),
    theme: themeFor(context?.officeTheme?.bodyBackgroundColor, prefersDark),
  };
}

// The writers and what they pull in (src/excel, src/xlsx, ExcelJS) are lazy chunks: the
// first render needs none of them, the first action fetches them.
function excelWorkbook(host: HostInfo, editions: readonly Edition[], today: () => string): WorkbookWriter {
  return {
    write: async (descriptions, settings) => {
      const [{ writeSheetsInExcel }, { fromAdapter }] = await Promise.all([import('../excel'), import('./services/fromAdapter')]);
      return fromAdapter(await writeSheetsInExcel(descriptions, { protect: settings?.protect ?? false, language: host.language }));
    },
    activate: async (sheetName) => {
      try {
        const { activateSheetInExcel } = await import('../excel');
        return await activateSheetInExcel(sheetName);
      } catch {
        return false;
      }
    },
    inventory: async () => {
      try {
        const { readInventoryInExcel } = await import('../excel');
        return { ok: true, inventory: await readInventoryInExcel() };
      } catch (error) {
        return { ok: false, failure: { kind: 'excel', message: error instanceof Error ? error.message : String(error) } };
      }
    },
    // "Refresh to <edition>": its own lazy chunk (the refresh, the planner and every sheet builder).
    refresh: async ({ to, sheetNames, formulaStyle, settings }) => {
      try {
        const { refreshSheetsInExcel } = await import(/* webpackChunkName: "refresh" */ '../excel/refreshRun');
        return await refreshSheetsInExcel({ editions, to, sheetNames, formulaStyle, writtenAt: today() }, { protect: settings?.protect ?? false, language: host.language });
      } catch (error) {
        return { ok: false, failure: { kind: 'read', message: error instanceof Error ? error.message : String(error) } };
      }
    },
    listScenarios: async (edition: Edition) => {
      try {
        const { readScenarios } = await import('../excel/readScenarios');
        // Excel.RequestContext has the members ScenarioReadContext names (with wider overloads).
        const scenarios = await Excel.run((context) => readScenarios(context as unknown as ScenarioReadContext, edition));
        return { ok: true, scenarios };
      } catch (error) {
        return { ok: false, failure: { kind: 'excel', message: error instanceof Error ? error.message : String(error) } };
      }
    },
  };
}

/** The .xlsx download outside Excel, made on first use (it remembers the scenarios written). */
function downloadWorkbookLazily(editions: readonly Edition[], today: () => string): WorkbookWriter {
  let writer: Promise<WorkbookWriter> | undefined;
  const get = () =>
    (writer ??= Promise.all([import('./services/downloadWorkbook'), import('./download/downloadBlob')]).then(([{ downloadWorkbook }, { downloadBlob }]) =>
      downloadWorkbook(editions, ADDIN_VERSION, (blob, name) => downloadBlob(blob, name), today),
    ));
  return {
    write: async (descriptions, settings) => (await get()).write(descriptions, settings),
    listScenarios: async (edition) => (await get()).listScenarios(edition),
  };
}

export function createServices(info: OfficeInfo): Services {
  const host = hostInfo(info);
  const today = () => new Date().toISOString().slice(0, 10);
  // One list of editions: offered in the pane, and the ones a refresh or a download may read.
  const editions = EDITIONS;
  return {
    // The pane starts in the default edition and offers every edition (PaneSettings); the choice travels in Services.edition.
    edition: DEFAULT_EDITION,
    editions,
    host,
    workbook: host.inExcel ? excelWorkbook(host, editions, today) : downloadWorkbookLazily(editions, today),
    today,
  };
}
