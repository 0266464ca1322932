import { mergeClasses } from '@griffel/react';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { describeError } from '../../../core';
import type { Strings } from '../../i18n';
import { formatDriverValue } from '../../scenario/formatDriverValue';
import { basisOf, cellValue, fieldLabel, GRID_FIELDS, SINGLE_FIELDS, textOf, years, type DriverField } from '../../scenario/driverGrid';
import type { ScenarioFormState } from '../ScenarioForm/useScenarioForm';
import { useDriverGridStyles } from './useDriverGridStyles';

export interface DriverGridProps {
  readonly form: ScenarioFormState;
  readonly t: Strings;
}

/** Driver rows × years; each cell a number or an expression relative to the published value. */
export function DriverGrid({ form, t }: DriverGridProps) {
  const styles = useDriverGridStyles();
  const columns = years(form.grid);
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <caption hidden>{t.scenario.drivers}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.head, styles.corner)}>
              {t.scenario.driverColumn}
            </th>
            {columns.map((year) => (
              <th key={year} scope="col" className={styles.head}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {GRID_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row" className={styles.rowHead}>
                {fieldLabel(field, t.language)}
              </th>
              {columns.map((year) => (
                <td key={year} className={styles.cell}>
                  <DriverCell form={form} field={field} year={year} language={t.language} inputClass={styles.input} />
                </td>
              ))}
            </tr>
          ))}
          {SINGLE_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row" className={styles.rowHead}>
                {fieldLabel(field, t.language)}
              </th>
              <td className={styles.cell}>
                <DriverCell form={form} field={field} language={t.language} inputClass={styles.input} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface DriverCellProps {
  readonly form: ScenarioFormState;
  readonly field: DriverField;
  /** Absent for a driver with one value for the whole scenario. */
  readonly year?: number;
  readonly language: 'nl' | 'en';
  readonly inputClass: string;
}

function DriverCell({ form, field, year, language, inputClass }: DriverCellProps) {
  const text = textOf(form.grid, field, year);
  const label = form.what(field, year);
  const result = cellValue(form.grid, field, year, label);
  const hint = text.trim() && result.ok ? `= ${formatDriverValue(result.value, language)}` : undefined;
  return (
    <Field
      size="small"
      validationState={result.ok ? 'none' : 'error'}
      validationMessage={result.ok ? undefined : describeError(result.error, language)}
      hint={hint}
    >
      <Input
        className={inputClass}
        size="small"
        aria-label={label}
        data-driver={`${field}|${year ?? ''}`}
        placeholder={formatDriverValue(basisOf(form.grid, field, year), language)}
        value={text}
        onChange={(_, data) => form.setText(field, year, data.value)}
      />
    </Field>
  );
}
