import { useId, useState } from 'react';
import { Button } from '@fluentui/react-button';
import { Body1, Subtitle2 } from '@fluentui/react-text';
import type { FormulaStyle } from '../../../core/sheets';
import type { ActionSpec } from '../../actions';
import { useActionRunner } from '../../hooks/useActionRunner';
import type { Strings } from '../../i18n';
import type { Services } from '../../services/types';
import { FormulaStyleChoice } from '../FormulaStyleChoice/FormulaStyleChoice';
import { ScenarioForm } from '../ScenarioForm/ScenarioForm';
import { useScenarioForm } from '../ScenarioForm/useScenarioForm';
import { StatusMessage } from '../StatusMessage/StatusMessage';
import { useActionCardStyles } from './useActionCardStyles';

export interface ActionCardProps {
  readonly action: ActionSpec;
  readonly services: Services;
  readonly t: Strings;
}

export function ActionCard({ action, services, t }: ActionCardProps) {
  const styles = useActionCardStyles();
  const headingId = useId();
  const [formulaStyle, setFormulaStyle] = useState<FormulaStyle>(action.defaultFormulaStyle);
  const scenario = useScenarioForm(services.edition, t);
  const { state, run } = useActionRunner(action, services);
  const text = t.actions[action.id];

  const onWrite = () => {
    if (action.form !== 'scenario') return void run({ formulaStyle });
    const request = scenario.request();
    if (request) void run({ formulaStyle, scenario: request });
  };

  return (
    <section className={styles.card} aria-labelledby={headingId} data-action={action.id}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {text.label}
      </Subtitle2>
      <Body1 className={styles.description}>{text.description}</Body1>
      {action.form === 'scenario' && <ScenarioForm form={scenario} t={t} />}
      <FormulaStyleChoice value={formulaStyle} onChange={setFormulaStyle} t={t} />
      <Button
        className={styles.button}
        appearance="primary"
        onClick={onWrite}
        disabledFocusable={state.status === 'running'}
        aria-describedby={headingId}
      >
        {`${t.write}: ${text.label}`}
      </Button>
      <StatusMessage state={state} t={t} />
    </section>
  );
}
