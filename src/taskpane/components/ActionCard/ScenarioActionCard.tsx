import { useState } from 'react';
import type { FormulaStyle } from '../../../core/sheets';
import { useActionRunner } from '../../hooks/useActionRunner';
import { ScenarioForm } from '../ScenarioForm/ScenarioForm';
import { useScenarioForm } from '../ScenarioForm/useScenarioForm';
import { CardLayout, type ActionCardProps } from './ActionCard';

/** The "Nieuw scenario" card: a lazy chunk with the form, the driver grid and the expression parser. */
export default function ScenarioActionCard({ action, services, t }: ActionCardProps) {
  const [formulaStyle, setFormulaStyle] = useState<FormulaStyle>(action.defaultFormulaStyle);
  const scenario = useScenarioForm(services.edition, t);
  const { state, run } = useActionRunner(action, services);
  const onWrite = () => {
    const request = scenario.request();
    if (request) void run({ formulaStyle, scenario: request });
  };
  return (
    <CardLayout action={action} t={t} formulaStyle={formulaStyle} onFormulaStyle={setFormulaStyle} state={state} onWrite={onWrite}>
      <ScenarioForm form={scenario} t={t} />
    </CardLayout>
  );
}
