/** What Office.onReady said; null host = not inside Office (standalone page, tests). */
export interface OfficeInfo {
  readonly host: string | null;
  /**
   * Office.js did not load (script error, blocked by a proxy, dev server offline): the pane
   * runs in download mode and says so in one line.
   */
  readonly officeUnavailable?: boolean;
}

interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown }>;
}

/**
 * Office.onReady alone, no timeout: outside Office, Office.js resolves it with
 * `host: null` ("Office.onReady … If the add-in is not running in an Office
 * host, the host and platform properties are null", Microsoft Learn,
 * "Initialize your Office Add-in"), so a timeout could only misjudge a slow
 * Excel as "outside Excel" (issue 10 item 3). When Office.js itself did not
 * load there is no Office global: the pane starts in download mode at once.
 */
export function officeReady(office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office): Promise<OfficeInfo> {
  if (!office || typeof office.onReady !== 'function') return Promise.resolve({ host: null, officeUnavailable: true });
  return office.onReady().then(
    (info) => ({ host: info?.host ? String(info.host) : null }),
    () => ({ host: null, officeUnavailable: true }),
  );
}
