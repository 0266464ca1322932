import { useId } from 'react';
import { Label } from '@fluentui/react-label';
import { Select } from '@fluentui/react-select';
import { Checkbox } from '@fluentui/react-checkbox';
import { Caption1 } from '@fluentui/react-text';
import type { FormulaStyle } from '../../../core/sheets/types';
import type { Strings } from '../../i18n';
import { usePaneSettingsStyles } from './usePaneSettingsStyles';

export interface PaneSettingsProps {
  readonly editionId: string;
  /** The editions to choose from (ids, in the order offered). */
  readonly editionIds: readonly string[];
  /** Set when the chosen edition cannot have AENM.* formulas yet: the functions' edition, named in the hint. */
  readonly aenmOnlyFor?: string;
  readonly onEdition: (id: string) => void;
  readonly formulaStyle: FormulaStyle;
  readonly onFormulaStyle: (style: FormulaStyle) => void;
  /** Protect the written sheets (no password): only the input cells stay editable. Shown in Excel only (absent in download mode). */
  readonly protect?: boolean;
  readonly onProtect?: (protect: boolean) => void;
  readonly t: Strings;
}

/** The edition and the formula style, chosen once for every action of the pane. */
export function PaneSettings({ editionId, editionIds, aenmOnlyFor, onEdition, formulaStyle, onFormulaStyle, protect, onProtect, t }: PaneSettingsProps) {
  const styles = usePaneSettingsStyles();
  const editionFieldId = useId();
  const styleId = useId();
  return (
    <section className={styles.bar} aria-label={t.settings.label}>
      {/* A label and a select, not a Fluent Field: Field carries validation icons (≈ 8 KB gzipped)
          that these two selects never show, fetched before the first render (issue 15). */}
      <div className={styles.field}>
        <Label htmlFor={editionFieldId} size="small" className={styles.label}>
          {t.settings.edition}
        </Label>
        <Select id={editionFieldId} size="small" value={editionId} onChange={(_, data) => onEdition(data.value)}>
          {editionIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.wide}>
        <Label htmlFor={styleId} size="small" className={styles.label}>
          {t.settings.formulaStyle}
        </Label>
        <Select id={styleId} size="small" className={styles.select} select={{ className: styles.selectControl }} value={formulaStyle} onChange={(_, data) => onFormulaStyle(data.value as FormulaStyle)}>
          <option value="excel">{t.formulaStyle.excel}</option>
          <option value="aenm" disabled={aenmOnlyFor !== undefined}>
            {t.formulaStyle.aenm}
          </option>
        </Select>
        {aenmOnlyFor !== undefined && (
          <Caption1 role="note" data-testid="aenm-needs-default">
            {t.settings.aenmNeedsDefault(editionId, aenmOnlyFor)}
          </Caption1>
        )}
      </div>
      {onProtect && <Checkbox className={styles.wide} data-testid="protect-sheets" checked={protect ?? false} onChange={(_, data) => onProtect(data.checked === true)} label={t.settings.protect} title={t.settings.protectHint} />}
    </section>
  );
}
