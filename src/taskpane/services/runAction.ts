import type { ActionSpec } from '../actions';
import type { ActionRequest } from './planSheets';
import type { Services, WriteOutcome } from './types';

/**
 * One click, start to end: what to write, write it. The
 * component only shows the outcome; nothing here knows about React.
 */
export async function runAction(action: ActionSpec, request: ActionRequest, services: Services): Promise<WriteOutcome> {
  const { workbook, edition } = services;
  let full = request;
  if (action.id === 'compare') {
    const listing = await workbook.listScenarios(edition);
    if (!listing.ok) return listing;
    if (listing.scenarios.length === 0) return { ok: false, failure: { kind: 'noScenarios' } };
    full = { ...request, scenarios: listing.scenarios };
  }
  try {
    // The sheet builders are a lazy chunk: the pane's first render does not need them.
    const { planSheets } = await import('./planSheets');
    const outcome = await workbook.write(planSheets(action, edition, full, services.today()), { protect: services.settings?.protect ?? false });
    const refused = (full.scenarios ?? []).filter((s) => s.kind === 'refused');
    return outcome.ok && refused.length > 0 ? { ...outcome, refused } : outcome;
  } catch (error) {
    // The adapter answers with values; a throw here is Excel itself (lost session, busy cell edit).
    return { ok: false, failure: { kind: 'excel', message: error instanceof Error ? error.message : String(error) } };
  }
}
