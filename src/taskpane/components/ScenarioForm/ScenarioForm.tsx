import { useId, useState } from 'react';
import { Button } from '@fluentui/react-button';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { Radio, RadioGroup } from '@fluentui/react-radio';
import { Caption1 } from '@fluentui/react-text';
import type { PresetName } from '../../../core';
import type { Strings } from '../../i18n';
import { DriverGrid } from '../DriverGrid/DriverGrid';
import type { ScenarioFormState } from './useScenarioForm';
import { useScenarioFormStyles } from './useScenarioFormStyles';

const PRESETS: readonly PresetName[] = ['basis', 'laag', 'hoog'];

export interface ScenarioFormProps {
  readonly form: ScenarioFormState;
  readonly t: Strings;
}

/** Name, preset and (on request) the drivers per year of a new scenario. */
export function ScenarioForm({ form, t }: ScenarioFormProps) {
  const styles = useScenarioFormStyles();
  const gridId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.form}>
      <Field label={t.scenario.name} required hint={t.scenario.nameHint} validationMessage={form.nameMissing ? t.scenario.nameMissing : undefined}>
        <Input value={form.name} onChange={(_, data) => form.setName(data.value)} maxLength={40} />
      </Field>
      <Field label={t.scenario.preset}>
        <RadioGroup value={form.grid.preset} onChange={(_, data) => form.setPreset(data.value as PresetName)}>
          {PRESETS.map((preset) => (
            <Radio key={preset} value={preset} label={t.scenario.presets[preset]} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.toggles}>
        <Button aria-expanded={open} aria-controls={gridId} onClick={() => setOpen(!open)}>
          {t.scenario.drivers}
        </Button>
        {open && <Button onClick={form.reset}>{t.scenario.reset}</Button>}
      </div>
      {form.invalidCount > 0 && (
        <Caption1 className={styles.invalid} role="alert">
          {t.scenario.invalidDrivers(form.invalidCount)}
        </Caption1>
      )}
      <div id={gridId} hidden={!open}>
        <Caption1 className={styles.hint}>{t.scenario.driversHint}</Caption1>
        {open && <DriverGrid form={form} t={t} />}
      </div>
    </div>
  );
}
