import { useMemo, useState } from 'react';
import { Field } from '@fluentui/react-field';
import { Select } from '@fluentui/react-select';
import { Caption1 } from '@fluentui/react-text';
import type { ChainDrivers } from '../../../core/chain';
import type { Edition } from '../../../core/edition/types';
import { structuralYear } from '../../../core/sheets/yearText';
import type { Strings } from '../../i18n';
import { draftEffect } from '../../scenario/effect';
import { formatMillions } from '../../scenario/formatDriverValue';
import { useEffectPreviewStyles } from './useEffectPreviewStyles';

export interface EffectPreviewProps {
  readonly edition: Edition;
  readonly drivers: ChainDrivers;
  readonly t: Strings;
}

/** The gap per organisation in a chosen year, as typed against the basis, before anything is written (computed by projectChain). */
export function EffectPreview({ edition, drivers, t }: EffectPreviewProps) {
  const styles = useEffectPreviewStyles();
  const [year, setYear] = useState(() => structuralYear(edition, drivers.years));
  const effect = useMemo(() => draftEffect(edition, drivers, year), [edition, drivers, year]);
  const lang = t.language;
  return (
    <section className={styles.box} aria-label={t.effect.title} data-testid="effect">
      <div className={styles.top}>
        <strong>{t.effect.title}</strong>
        <Field label={t.effect.year} size="small" orientation="horizontal">
          <Select size="small" value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {drivers.years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </Select>
        </Field>
      </div>
      {effect.ok ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.left}>
                <span className={styles.hidden}>{t.scenario.driverColumn}</span>
              </th>
              <th scope="col">{t.effect.gap}</th>
              <th scope="col">{t.effect.basis}</th>
              <th scope="col">{t.effect.difference}</th>
            </tr>
          </thead>
          <tbody>
            {effect.lines.map((line) => (
              <tr key={line.who} data-who={line.who}>
                <th scope="row" className={styles.left}>
                  {t.effect.who[line.who]}
                </th>
                <td>{formatMillions(line.gap, lang)}</td>
                <td>{formatMillions(line.basisGap, lang)}</td>
                <td>{formatMillions(line.gap - line.basisGap, lang, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Caption1 role="alert">{effect.message}</Caption1>
      )}
      <Caption1 className={styles.note}>{t.effect.note}</Caption1>
    </section>
  );
}
