import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-message-bar';
import { ProgressBar } from '@fluentui/react-progress';
import { Spinner } from '@fluentui/react-spinner';
import type { RunState } from '../../hooks/useActionRunner';
import type { Strings } from '../../i18n';
import { describeOutcome } from '../../status/describeOutcome';

export interface StatusContentProps {
  readonly state: RunState;
  readonly t: Strings;
  readonly linesClass: string;
}

/** What StatusMessage's live region shows while an action runs and when it is done. */
export default function StatusContent({ state, t, linesClass }: StatusContentProps) {
  if (state.status === 'running') {
    return (
      <>
        <Spinner size="tiny" label={t.writing} labelPosition="after" />
        <ProgressBar thickness="medium" aria-label={t.writing} />
      </>
    );
  }
  if (state.status !== 'done') return null;
  const text = describeOutcome(state.outcome, t);
  return (
    <MessageBar intent={text.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.lines.length > 0 && (
          <ul className={linesClass}>
            {text.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
