import { lazy, Suspense } from 'react';
import type { RunState } from '../../hooks/useActionRunner';
import type { Strings } from '../../i18n';
import { useStatusMessageStyles } from './useStatusMessageStyles';

export interface StatusMessageProps {
  readonly state: RunState;
  readonly t: Strings;
  /** In Excel: activate a written sheet. Absent outside Excel (a download has no sheet to go to). */
  readonly onGoTo?: (sheetName: string) => Promise<boolean>;
}

// The content (MessageBar, ProgressBar, Spinner and the outcome text) is fetched when the first
// action starts, not before the first render (issue 15: ≤ 120 KB gzipped before the first render).
const StatusContent = lazy(() => import(/* webpackChunkName: "status" */ './StatusContent').then((m) => ({ default: m.StatusContent })));

/**
 * Progress and outcome of one action. The polite live region itself is rendered from the start,
 * empty, so that screen readers announce what is later put into it; each written sheet is named,
 * with a way to go to it.
 */
export function StatusMessage(props: StatusMessageProps) {
  const styles = useStatusMessageStyles();
  return (
    <div className={styles.region} role="status" aria-live="polite" aria-atomic="true">
      {props.state.status !== 'idle' && (
        <Suspense fallback={<span>{props.t.writing}</span>}>
          <StatusContent {...props} />
        </Suspense>
      )}
    </div>
  );
}
