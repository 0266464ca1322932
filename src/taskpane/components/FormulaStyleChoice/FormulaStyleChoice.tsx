import { Field } from '@fluentui/react-field';
import { Radio, RadioGroup } from '@fluentui/react-radio';
import type { FormulaStyle } from '../../../core/sheets';
import type { Strings } from '../../i18n';

export interface FormulaStyleChoiceProps {
  readonly value: FormulaStyle;
  readonly onChange: (value: FormulaStyle) => void;
  readonly t: Strings;
}

/** Excel's own functions (for colleagues without the add-in) or AENM.* functions. */
export function FormulaStyleChoice({ value, onChange, t }: FormulaStyleChoiceProps) {
  return (
    <Field label={t.formulaStyle.label}>
      <RadioGroup value={value} onChange={(_, data) => onChange(data.value as FormulaStyle)}>
        <Radio value="excel" label={t.formulaStyle.excel} />
        <Radio value="aenm" label={t.formulaStyle.aenm} />
      </RadioGroup>
    </Field>
  );
}
