import { useMemo } from 'react';
import { Field } from '@fluentui/react-field';
import { Input } from '@fluentui/react-input';
import { Caption1 } from '@fluentui/react-text';
import { describeError } from '../../../core';
import type { DriverKey } from '../../../core/chain';
import type { Edition } from '../../../core/edition/types';
import type { Strings } from '../../i18n';
import { cellKey, prefillOf, resultOf, textOf, type CellName, type ScenarioDraft } from '../../scenario/draft';
import { driverRowGroups, statusRuns, type DriverRow } from '../../scenario/driverRows';
import { formatDriverValue } from '../../scenario/formatDriverValue';
import { useDriverGridStyles } from './useDriverGridStyles';

export interface DriverGridProps {
  readonly edition: Edition;
  readonly draft: ScenarioDraft;
  readonly cellName: CellName;
  readonly onEdit: (key: DriverKey, year: number, text: string) => void;
  readonly t: Strings;
}

/**
 * The per-year drivers, rows from the declarations grouped per organisation,
 * one column per year. The row names stay in view (sticky first column)
 * however far the grid is scrolled; each row says its unit and the status of
 * its prefill; each empty cell shows its prefill as placeholder.
 */
export function DriverGrid({ edition, draft, cellName, onEdit, t }: DriverGridProps) {
  const styles = useDriverGridStyles();
  const groups = useMemo(() => driverRowGroups(edition, draft.preset, draft.priceVariant), [edition, draft.preset, draft.priceVariant]);
  const years = draft.base.years;
  return (
    <div className={styles.scroller} data-testid="driver-grid">
      <table className={styles.table}>
        <caption className={styles.caption}>{t.scenario.drivers}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              {t.scenario.driverColumn}
            </th>
            {years.map((year) => (
              <th key={year} scope="col" className={styles.head}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ group, rows }) => (
          <tbody key={group}>
            <tr>
              <th scope="rowgroup" className={styles.groupHead}>
                {t.scenario.groups[group]}
              </th>
              <td colSpan={years.length} className={styles.groupFill} />
            </tr>
            {rows.map((row) => (
              <tr key={row.declaration.key}>
                <RowHead row={row} years={years} t={t} className={styles.rowHead} captionClass={styles.rowCaption} />
                {years.map((year) => (
                  <td key={year} className={styles.cell}>
                    <DriverCell draft={draft} driver={row.declaration.key} unit={row.declaration.unit} year={year} cellName={cellName} onEdit={onEdit} t={t} inputClass={styles.input} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function RowHead({ row, years, t, className, captionClass }: { row: DriverRow; years: readonly number[]; t: Strings; className: string; captionClass: string }) {
  const runs = statusRuns(row.statuses, years);
  const status = runs.length === 1 ? t.statuses[runs[0]!.status] : runs.map((r) => `${t.statuses[r.status]} ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`).join(', ');
  return (
    <th scope="row" className={className} data-row={row.declaration.key}>
      <span>{row.declaration.label[t.language]}</span>
      <Caption1 className={captionClass}>{`${t.units[row.declaration.unit]} · ${status}`}</Caption1>
    </th>
  );
}

interface DriverCellProps {
  readonly draft: ScenarioDraft;
  readonly driver: DriverKey;
  readonly unit: import('../../../core/chain').DriverUnit;
  readonly year: number;
  readonly cellName: CellName;
  readonly onEdit: (key: DriverKey, year: number, text: string) => void;
  readonly t: Strings;
  readonly inputClass: string;
}

function DriverCell({ draft, driver, unit, year, cellName, onEdit, t, inputClass }: DriverCellProps) {
  const text = textOf(draft, driver, year);
  const result = resultOf(draft, driver, year);
  const hint = text.trim() && result.ok ? `= ${formatDriverValue(result.value, t.language, unit)}` : undefined;
  return (
    <Field size="small" validationState={result.ok ? 'none' : 'error'} validationMessage={result.ok ? undefined : describeError(result.error, t.language)} hint={hint}>
      <Input
        className={inputClass}
        size="small"
        aria-label={cellName(driver, year)}
        data-cell={cellKey(driver, year)}
        placeholder={formatDriverValue(prefillOf(draft, driver, year), t.language, unit)}
        value={text}
        onChange={(_, data) => onEdit(driver, year, data.value)}
      />
    </Field>
  );
}
