import { useId, useMemo, useRef, useState } from 'react';
import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { Radio, RadioGroup } from '@fluentui/react-radio';
import { Select } from '@fluentui/react-select';
import { Switch } from '@fluentui/react-switch';
import { Body1, Caption1, Subtitle2 } from '@fluentui/react-text';
import { describeError } from '../../../core';
import { PRESETS, PRICE_VARIANTS, prefillContext, SINGLE_DRIVERS, type PresetName, type PriceVariant } from '../../../core/chain';
import type { FormulaStyle } from '../../../core/sheets/types';
import { actionById } from '../../actions';
import { useActionRunner } from '../../hooks/useActionRunner';
import { actionPeriod, type Strings } from '../../i18n';
import { cellKey, prefillOf, resultOf, textOf } from '../../scenario/draft';
import { draftEffect } from '../../scenario/effect';
import { formatDriverValue, formatMillions } from '../../scenario/formatDriverValue';
import type { Services } from '../../services/types';
import { DriverGrid } from '../DriverGrid/DriverGrid';
import { EffectPreview } from '../EffectPreview/EffectPreview';
import { structuralYear } from '../../../core/sheets/yearText';
import { StatusMessage } from '../StatusMessage/StatusMessage';
import { useScenarioDraft } from './useScenarioDraft';
import { useScenarioPanelStyles } from './useScenarioPanelStyles';

export interface ScenarioPanelProps {
  readonly services: Services;
  readonly formulaStyle: FormulaStyle;
  readonly t: Strings;
  readonly onWritten?: () => void;
}

const SCENARIO = actionById('scenario');

/**
 * A new scenario: every choice a scenario file of the CLI can make (preset,
 * price variant, each single driver — start value, cut switch, band factors —
 * and each per-year driver), the effect before writing, and the write button
 * in a bar that stays in view. A failed write puts the cursor on the first
 * invalid field and announces how many there are.
 */
export function ScenarioPanel({ services, formulaStyle, t, onWritten }: ScenarioPanelProps) {
  const styles = useScenarioPanelStyles();
  const headingId = useId();
  const { edition } = services;
  const form = useScenarioDraft(edition, t);
  const { state, run } = useActionRunner(SCENARIO, services, onWritten);
  const [touched, setTouched] = useState(false);
  const [announce, setAnnounce] = useState('');
  const formRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const nameMissing = form.name.trim() === '';
  const text = t.actions(actionPeriod(edition)).scenario;
  const lang = t.language;
  const summaryYear = structuralYear(edition, form.drivers.years);
  const summary = useMemo(() => draftEffect(edition, form.drivers, summaryYear), [edition, form.drivers, summaryYear]);
  const ctx = useMemo(() => prefillContext(edition, form.draft.preset, form.draft.priceVariant), [edition, form.draft.preset, form.draft.priceVariant]);

  const onWrite = () => {
    setTouched(true);
    const count = (nameMissing ? 1 : 0) + form.errors.length;
    if (count > 0) {
      setAnnounce('');
      // A new text each time, so a second failed click is announced again.
      requestAnimationFrame(() => setAnnounce(t.scenario.invalidFields(count)));
      const first = nameMissing ? nameRef.current : formRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
      // Into the middle of the view: not under the button bar (sticky bottom) nor the row names (sticky left).
      first?.focus({ preventScroll: true });
      first?.scrollIntoView({ block: 'center', inline: 'end' });
      return;
    }
    setAnnounce('');
    void run({ formulaStyle, scenario: { name: form.name.trim(), drivers: form.drivers } });
  };

  return (
    <section className={styles.panel} aria-labelledby={headingId} data-action="scenario">
      <div ref={formRef} className={styles.form}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {text.label}
        </Subtitle2>
        <Body1 className={styles.description}>{text.description}</Body1>
        <Field className={styles.narrow} label={t.scenario.name} required hint={t.scenario.nameHint} validationMessage={touched && nameMissing ? t.scenario.nameMissing : undefined}>
          <Input ref={nameRef} value={form.name} onChange={(_, d) => form.setName(d.value)} maxLength={24} />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t.scenario.choices}</legend>
          <Field label={t.scenario.preset}>
            <RadioGroup layout="horizontal" value={form.draft.preset} onChange={(_, d) => form.choose({ preset: d.value as PresetName })}>
              {PRESETS.map((p) => (
                <Radio key={p} value={p} label={t.scenario.presets[p]} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t.scenario.priceVariant} size="small">
            <Select size="small" value={form.draft.priceVariant} onChange={(_, d) => form.choose({ priceVariant: d.value as PriceVariant })}>
              {PRICE_VARIANTS.map((v) => (
                <option key={v} value={v}>
                  {t.scenario.priceVariants[v]}
                </option>
              ))}
            </Select>
          </Field>
          {SINGLE_DRIVERS.map((d) => {
            const status = t.statuses[d.status(ctx)];
            const label = d.label[lang];
            if (d.unit === 'switch') {
              const on = resultOf(form.draft, d.key).ok ? (resultOf(form.draft, d.key) as { value: number }).value !== 0 : true;
              return (
                <Field key={d.key} hint={`${t.units[d.unit]} · ${status}`}>
                  <Switch checked={on} data-cell={cellKey(d.key)} label={`${label}: ${on ? t.scenario.on : t.scenario.off}`} onChange={(_, data) => form.edit(d.key, undefined, data.checked ? '1' : '0')} />
                </Field>
              );
            }
            const result = resultOf(form.draft, d.key);
            const typed = textOf(form.draft, d.key);
            return (
              <Field
                key={d.key}
                size="small"
                label={label}
                hint={`${t.units[d.unit]} · ${status}${typed.trim() && result.ok ? ` · = ${formatDriverValue(result.value, lang, d.unit)}` : ''}`}
                validationState={result.ok ? 'none' : 'error'}
                validationMessage={result.ok ? undefined : describeError(result.error, lang)}
              >
                <Input size="small" data-cell={cellKey(d.key)} placeholder={formatDriverValue(prefillOf(form.draft, d.key), lang, d.unit)} value={typed} onChange={(_, data) => form.edit(d.key, undefined, data.value)} />
              </Field>
            );
          })}
        </fieldset>
        <div className={styles.narrow}>
          <EffectPreview edition={edition} drivers={form.drivers} t={t} />
        </div>
        <Caption1 className={styles.hint}>{t.scenario.driversHint}</Caption1>
        <DriverGrid edition={edition} draft={form.draft} cellName={form.cellName} onEdit={form.edit} t={t} />
        <Button className={styles.reset} size="small" onClick={form.reset}>
          {t.scenario.reset}
        </Button>
      </div>
      <div className={styles.bar} data-testid="scenario-bar">
        <Caption1 data-testid="effect-summary">
          {summary.ok ? t.effect.summary(summaryYear, formatMillions(summary.lines[3]!.gap, lang), formatMillions(summary.lines[3]!.gap - summary.lines[3]!.basisGap, lang, true)) : summary.message}
        </Caption1>
        <Button className={styles.write} appearance="primary" onClick={onWrite} disabledFocusable={state.status === 'running'} aria-describedby={headingId}>
          {`${t.write}: ${text.label}`}
        </Button>
        <div role="alert" className={styles.invalid}>
          {announce}
        </div>
        <StatusMessage state={state} t={t} onGoTo={services.workbook.activate} />
      </div>
    </section>
  );
}
