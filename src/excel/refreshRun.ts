import type { ExcelContextLike } from './excelLike';
import { refreshSheets, type RefreshReadContext, type RefreshRequest, type RefreshResult } from './refreshSheets';
import { recordWritten, type RunDeps } from './run';

/**
 * "Refresh to <edition>" in one Excel.run: the add-in's sheets written again in place
 * (refreshSheets.ts) and recorded in the registry like any write (a new record for the same
 * sheet id; the Werkmap shows the newest). Its own module, so the pane loads it as a lazy chunk
 * of its own: the refresh brings the planner and every sheet builder.
 */
export function refreshSheetsInExcel(request: RefreshRequest, deps: RunDeps = {}): Promise<RefreshResult> {
  return Excel.run(async (context) => {
    const result = await refreshSheets(context as unknown as ExcelContextLike & RefreshReadContext, request, deps);
    if (result.ok) await recordWritten(context, result.written.descriptions, result.written.reports, deps);
    return result;
  });
}
