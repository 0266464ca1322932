import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { ProgressBar } from '@fluentui/react-progress';
import { Spinner } from '@fluentui/react-spinner';
import type { RunState } from '../../hooks/useActionRunner';
import type { Strings } from '../../i18n';
import { describeOutcome } from '../../status/describeOutcome';
import { useStatusMessageStyles } from './useStatusMessageStyles';

export interface StatusMessageProps {
  readonly state: RunState;
  readonly t: Strings;
}

/** Progress and outcome of one action; a polite live region so screen readers hear both. */
export function StatusMessage({ state, t }: StatusMessageProps) {
  const styles = useStatusMessageStyles();
  return (
    <div className={styles.region} role="status" aria-live="polite" aria-atomic="true">
      {state.status === 'running' && (
        <>
          <Spinner size="tiny" label={t.writing} labelPosition="after" />
          <ProgressBar thickness="medium" aria-label={t.writing} />
        </>
      )}
      {state.status === 'done' && <Outcome state={state} t={t} className={styles.lines} />}
    </div>
  );
}

function Outcome({ state, t, className }: { state: Extract<RunState, { status: 'done' }>; t: Strings; className: string }) {
  const text = describeOutcome(state.outcome, t);
  return (
    <MessageBar intent={text.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.lines.length > 0 && (
          <ul className={className}>
            {text.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
