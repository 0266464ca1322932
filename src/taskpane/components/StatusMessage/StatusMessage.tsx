import { lazy, Suspense } from 'react';
import type { RunState } from '../../hooks/useActionRunner';
import type { Strings } from '../../i18n';
import { useStatusMessageStyles } from './useStatusMessageStyles';

export interface StatusMessageProps {
  readonly state: RunState;
  readonly t: Strings;
}

// Spinner, progress bar and message bar are a lazy chunk: nothing shows them before the
// first action, so the first render does not wait for them (issue 15).
const StatusContent = lazy(() => import(/* webpackChunkName: "status" */ './StatusContent'));

/**
 * Progress and outcome of one action; a polite live region so screen readers hear both. The
 * region itself is rendered from the start (a live region must exist before it changes).
 */
export function StatusMessage({ state, t }: StatusMessageProps) {
  const styles = useStatusMessageStyles();
  return (
    <div className={styles.region} role="status" aria-live="polite" aria-atomic="true">
      {state.status !== 'idle' && (
        <Suspense fallback={state.status === 'running' ? t.writing : null}>
          <StatusContent state={state} t={t} linesClass={styles.lines} />
        </Suspense>
      )}
    </div>
  );
}
