import { useId } from 'react';
import { Button } from '@fluentui/react-button';
import { Body1, Subtitle2 } from '@fluentui/react-text';
import type { FormulaStyle } from '../../../core/sheets';
import type { ActionSpec } from '../../actions';
import { useActionRunner } from '../../hooks/useActionRunner';
import { actionPeriod, type Strings } from '../../i18n';
import type { Services } from '../../services/types';
import { StatusMessage } from '../StatusMessage/StatusMessage';
import { useActionCardStyles } from './useActionCardStyles';

export interface ActionCardProps {
  readonly action: ActionSpec;
  readonly services: Services;
  readonly formulaStyle: FormulaStyle;
  readonly t: Strings;
  readonly onWritten?: () => void;
}

/** One action without a form: what it writes, the button, and what came of it. */
export function ActionCard({ action, services, formulaStyle, t, onWritten }: ActionCardProps) {
  const styles = useActionCardStyles();
  const headingId = useId();
  const { state, run } = useActionRunner(action, services, onWritten);
  const text = t.actions(actionPeriod(services.edition))[action.id];
  return (
    <section className={styles.card} aria-labelledby={headingId} data-action={action.id}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {text.label}
      </Subtitle2>
      <Body1 className={styles.description}>{text.description}</Body1>
      <Button className={styles.button} appearance="primary" onClick={() => void run({ formulaStyle })} disabledFocusable={state.status === 'running'} aria-describedby={headingId}>
        {`${t.write}: ${text.label}`}
      </Button>
      <StatusMessage state={state} t={t} onGoTo={services.workbook.activate} />
    </section>
  );
}
