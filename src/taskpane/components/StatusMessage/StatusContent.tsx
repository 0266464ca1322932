import { useState } from 'react';
import { Button } from '@fluentui/react-button';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { ProgressBar } from '@fluentui/react-progress';
import { Spinner } from '@fluentui/react-spinner';
import type { RunState } from '../../hooks/useActionRunner';
import type { Strings } from '../../i18n';
import { describeOutcome } from '../../status/describeOutcome';
import { useStatusMessageStyles } from './useStatusMessageStyles';

import type { StatusMessageProps } from './StatusMessage';

/**
 * What goes inside the status region once an action has started: progress, then the outcome
 * (MessageBar, ProgressBar, Spinner). A lazy chunk: none of it is needed for the first render.
 */
export function StatusContent({ state, t, onGoTo }: StatusMessageProps) {
  return (
    <>
      {state.status === 'running' && (
        <>
          <Spinner size="tiny" label={t.writing} labelPosition="after" />
          <ProgressBar thickness="medium" aria-label={t.writing} />
        </>
      )}
      {state.status === 'done' && <Outcome state={state} t={t} onGoTo={onGoTo} />}
    </>
  );
}

function Outcome({ state, t, onGoTo }: { state: Extract<RunState, { status: 'done' }>; t: Strings; onGoTo?: (sheetName: string) => Promise<boolean> }) {
  const styles = useStatusMessageStyles();
  const [missing, setMissing] = useState<string | undefined>();
  const text = describeOutcome(state.outcome, t);
  const targets = state.outcome.ok && !state.outcome.download ? state.outcome.sheets.filter((s) => !s.skipped).map((s) => s.sheetName) : [];
  return (
    <MessageBar intent={text.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.lines.length > 0 && (
          <ul className={styles.lines}>
            {text.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {onGoTo && targets.length > 0 && (
          <div className={styles.goto}>
            {targets.map((name) => (
              <Button key={name} size="small" appearance="outline" data-goto={name} onClick={() => void onGoTo(name).then((ok) => setMissing(ok ? undefined : name))}>
                {t.result.goTo(name)}
              </Button>
            ))}
          </div>
        )}
        {missing && <div>{t.result.goToFailed(missing)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
