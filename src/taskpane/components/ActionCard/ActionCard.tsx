import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-button';
import { Body1, Subtitle2 } from '@fluentui/react-text';
import type { FormulaStyle } from '../../../core/sheets';
import type { ActionSpec } from '../../actions';
import { useActionRunner, type RunState } from '../../hooks/useActionRunner';
import type { Strings } from '../../i18n';
import type { Services } from '../../services/types';
import { FormulaStyleChoice } from '../FormulaStyleChoice/FormulaStyleChoice';
import { StatusMessage } from '../StatusMessage/StatusMessage';
import { useActionCardStyles } from './useActionCardStyles';

export interface ActionCardProps {
  readonly action: ActionSpec;
  readonly services: Services;
  readonly t: Strings;
}

// The scenario card (its form, the driver grid and the expression parser behind it) is a lazy
// chunk: it is fetched right after the first render instead of delaying it (issue 15).
const ScenarioActionCard = lazy(() => import(/* webpackChunkName: "scenario" */ './ScenarioActionCard'));

export function ActionCard(props: ActionCardProps) {
  if (props.action.form === 'scenario') {
    return (
      <Suspense fallback={<CardPlaceholder {...props} />}>
        <ScenarioActionCard {...props} />
      </Suspense>
    );
  }
  return <PlainActionCard {...props} />;
}

function PlainActionCard({ action, services, t }: ActionCardProps) {
  const [formulaStyle, setFormulaStyle] = useState<FormulaStyle>(action.defaultFormulaStyle);
  const { state, run } = useActionRunner(action, services);
  return <CardLayout action={action} t={t} formulaStyle={formulaStyle} onFormulaStyle={setFormulaStyle} state={state} onWrite={() => void run({ formulaStyle })} />;
}

/** Heading and description while the card's code loads; no controls yet. */
function CardPlaceholder({ action, t }: ActionCardProps) {
  const styles = useActionCardStyles();
  const text = t.actions[action.id];
  return (
    <section className={styles.card} aria-busy="true">
      <Subtitle2 as="h2" className={styles.heading}>
        {text.label}
      </Subtitle2>
      <Body1 className={styles.description}>{text.description}</Body1>
    </section>
  );
}

export interface CardLayoutProps {
  readonly action: ActionSpec;
  readonly t: Strings;
  readonly formulaStyle: FormulaStyle;
  readonly onFormulaStyle: (value: FormulaStyle) => void;
  readonly state: RunState;
  readonly onWrite: () => void;
  /** The action's own form, if it has one. */
  readonly children?: ReactNode;
}

export function CardLayout({ action, t, formulaStyle, onFormulaStyle, state, onWrite, children }: CardLayoutProps) {
  const styles = useActionCardStyles();
  const headingId = useId();
  const text = t.actions[action.id];
  return (
    <section className={styles.card} aria-labelledby={headingId} data-action={action.id}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {text.label}
      </Subtitle2>
      <Body1 className={styles.description}>{text.description}</Body1>
      {children}
      <FormulaStyleChoice value={formulaStyle} onChange={onFormulaStyle} t={t} />
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
