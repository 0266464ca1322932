import { Field } from '@fluentui/react-field';
import { Select } from '@fluentui/react-select';
import { Checkbox } from '@fluentui/react-checkbox';
import { EDITIONS } from '../../../core';
import type { FormulaStyle } from '../../../core/sheets/types';
import type { Strings } from '../../i18n';
import { usePaneSettingsStyles } from './usePaneSettingsStyles';

export interface PaneSettingsProps {
  readonly editionId: string;
  readonly onEdition: (id: string) => void;
  readonly formulaStyle: FormulaStyle;
  readonly onFormulaStyle: (style: FormulaStyle) => void;
  /** Protect the written sheets (no password): only the input cells stay editable. Shown in Excel only (absent in download mode). */
  readonly protect?: boolean;
  readonly onProtect?: (protect: boolean) => void;
  readonly t: Strings;
}

/** The edition and the formula style, chosen once for every action of the pane. */
export function PaneSettings({ editionId, onEdition, formulaStyle, onFormulaStyle, protect, onProtect, t }: PaneSettingsProps) {
  const styles = usePaneSettingsStyles();
  return (
    <section className={styles.bar} aria-label={t.settings.label}>
      <Field label={t.settings.edition} size="small" className={styles.field}>
        <Select size="small" value={editionId} onChange={(_, data) => onEdition(data.value)}>
          {EDITIONS.map((e) => (
            <option key={e.id} value={e.id}>
              {e.id}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.settings.formulaStyle} size="small" className={styles.wide}>
        <Select size="small" className={styles.select} select={{ className: styles.selectControl }} value={formulaStyle} onChange={(_, data) => onFormulaStyle(data.value as FormulaStyle)}>
          <option value="excel">{t.formulaStyle.excel}</option>
          <option value="aenm">{t.formulaStyle.aenm}</option>
        </Select>
      </Field>
      {onProtect && (
        <Checkbox
          className={styles.wide}
          data-testid="protect-sheets"
          checked={protect ?? false}
          onChange={(_, data) => onProtect(data.checked === true)}
          label={t.settings.protect}
          title={t.settings.protectHint}
        />
      )}
    </section>
  );
}
