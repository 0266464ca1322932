import { useCallback, useEffect, useState } from 'react';
import { Button } from '@fluentui/react-button';
import { Spinner } from '@fluentui/react-spinner';
import { Body1, Caption1, Subtitle2 } from '@fluentui/react-text';
import type { FormulaStyle } from '../../../core/sheets/types';
import { actionById } from '../../actions';
import type { Strings } from '../../i18n';
import { failureText } from '../../status/describeOutcome';
import type { InventoryResult, Services, WorkbookInventory } from '../../services/types';
import { ActionCard } from '../ActionCard/ActionCard';
import { refreshStringsFor } from '../../i18n/refresh';
import { isRefreshable } from '../../services/refreshTargets';
import { RefreshResult } from './RefreshResult';
import { useRefresh } from './useRefresh';
import { useWorkbookViewStyles } from './useWorkbookViewStyles';

export interface WorkbookViewProps {
  readonly services: Services;
  readonly formulaStyle: FormulaStyle;
  readonly t: Strings;
  /** Changes after every successful write, so the list is read again. */
  readonly version: number;
  /** Whether the tab is shown: the workbook is read only then. */
  readonly active: boolean;
  readonly onWritten?: () => void;
}

/** What the open workbook holds: the sheets the add-in wrote, the scenarios, what can be compared or refreshed. */
export function WorkbookView({ services, formulaStyle, t, version, active, onWritten }: WorkbookViewProps) {
  const styles = useWorkbookViewStyles();
  const { inventory } = services.workbook;
  // Each read is a numbered request: when the tab is shown, after a write while shown, and on reload.
  // Only the answer to the latest request is kept (an older read finishing later cannot overwrite it).
  const [request, setRequest] = useState(active ? 1 : 0);
  const [answer, setAnswer] = useState<{ readonly request: number; readonly result?: InventoryResult }>({ request: 0 });
  const [seen, setSeen] = useState({ active, version });
  if (seen.active !== active || seen.version !== version) {
    setSeen({ active, version });
    if (active) setRequest((r) => r + 1);
  }
  useEffect(() => {
    if (!inventory || request === 0) return;
    let latest = true;
    inventory().then(
      (result) => latest && setAnswer({ request, result }),
      () => latest && setAnswer((a) => ({ request, result: a.result })),
    );
    return () => {
      latest = false;
    };
  }, [inventory, request]);
  const result = answer.result;
  const reading = answer.request !== request;
  const reread = useCallback(() => setRequest((r) => r + 1), []);
  const to = services.edition.id;
  const r = refreshStringsFor(t.language);
  const refresh = useRefresh(services, result?.ok ? result.inventory : undefined, formulaStyle, t, reread);
  const canRefresh = (s: WorkbookInventory['sheets'][number]) => refresh.available && isRefreshable(to)(s);

  const compare = <ActionCard action={actionById('compare')} services={services} formulaStyle={formulaStyle} t={t} onWritten={onWritten} />;
  if (!inventory)
    // Outside Excel: no workbook to read; compare works on the scenarios downloaded in this session.
    return (
      <div className={styles.view} data-testid="workbook-view">
        <Body1>{t.workbook.outsideExcel}</Body1>
        {compare}
      </div>
    );
  const when = (iso: string) => new Date(iso).toLocaleString(t.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className={styles.view} data-testid="workbook-view">
      <div className={styles.top}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t.workbook.heading}
        </Subtitle2>
        <Button size="small" onClick={() => setRequest((r) => r + 1)} disabledFocusable={reading}>
          {t.workbook.reload}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {reading && <Spinner size="tiny" label={t.workbook.reading} labelPosition="after" />}
        {result && !result.ok && <Body1>{failureText(result.failure, t)}</Body1>}
      </div>
      {result?.ok && (
        <>
          <section aria-labelledby="werkmap-sheets">
            <h3 id="werkmap-sheets" className={styles.sub}>
              {t.workbook.sheets}
            </h3>
            {result.inventory.sheets.length === 0 ? (
              <Body1>{t.workbook.noSheets}</Body1>
            ) : (
              <ul className={styles.list}>
                {result.inventory.sheets.map((s) => (
                  <li key={`${s.sheetName}|${s.writtenAt}`} className={styles.item} data-sheet={s.sheetName}>
                    <span className={styles.name}>
                      {s.sheetName}
                      {!s.present && ` (${t.workbook.missing})`}
                    </span>
                    <Caption1>{s.title}</Caption1>
                    <Caption1>{t.workbook.written(`${t.workbook.kinds[s.kind]} · ${s.edition}`, when(s.writtenAt), s.formulaStyle === 'aenm' ? t.formulaStyle.aenm : t.formulaStyle.excel)}</Caption1>
                    <div className={styles.actions}>
                      {s.present && services.workbook.activate && (
                        <Button size="small" appearance="outline" onClick={() => void services.workbook.activate?.(s.sheetName)}>
                          {t.result.goTo(s.sheetName)}
                        </Button>
                      )}
                      {canRefresh(s) && (
                        <Button size="small" appearance="outline" aria-label={r.oneLabel(s.sheetName, to)} disabledFocusable={refresh.busy} onClick={() => void refresh.run(s.sheetName)}>
                          {r.one(to)}
                        </Button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="werkmap-scenarios">
            <h3 id="werkmap-scenarios" className={styles.sub}>
              {t.workbook.scenarios}
            </h3>
            {result.inventory.scenarios.length === 0 ? (
              <Body1>{t.workbook.noScenarios}</Body1>
            ) : (
              <>
                <ul className={styles.list}>
                  {result.inventory.scenarios.map((s) => (
                    <li key={s.sheetName} data-scenario={s.sheetName}>
                      {s.label === s.sheetName ? s.sheetName : `${s.label} (${s.sheetName})`}
                    </li>
                  ))}
                </ul>
                <Caption1>{t.workbook.canCompare(result.inventory.scenarios.length)}</Caption1>
              </>
            )}
          </section>
          {compare}
          {refresh.available && (
            <section aria-labelledby="werkmap-refresh" data-testid="refresh">
              <h3 id="werkmap-refresh" className={styles.sub}>
                {r.heading}
              </h3>
              {result.inventory.sheets.some(canRefresh) ? (
                <>
                  <Caption1 as="p">{r.intro(to)}</Caption1>
                  <Button appearance="primary" className={styles.go} disabledFocusable={refresh.busy} onClick={() => void refresh.run()}>
                    {r.all(to)}
                  </Button>
                </>
              ) : (
                <Caption1 as="p">{r.current(to)}</Caption1>
              )}
              <div role="status" aria-live="polite" data-testid="refresh-status">
                {refresh.busy && <Spinner size="tiny" label={r.busy} labelPosition="after" />}
                {refresh.text && <RefreshResult text={refresh.text} t={t} />}
              </div>
            </section>
          )}
        </>
      )}
    </div>
  );
}
