import { Body1, Caption1 } from '@fluentui/react-text';
import type { Strings } from '../../i18n';
import { refreshStringsFor } from '../../i18n/refresh';
import type { RefreshText } from '../../status/describeRefresh';
import { useWorkbookViewStyles } from './useWorkbookViewStyles';

/** The outcome of a refresh, in the Werkmap's status region: the sheets, then the kept inputs and those not carried. */
export function RefreshResult({ text, t }: { readonly text: RefreshText; readonly t: Strings }) {
  const styles = useWorkbookViewStyles();
  const r = refreshStringsFor(t.language);
  const list = (heading: string, lines: readonly string[], id: string) =>
    lines.length > 0 && (
      <div data-testid={id}>
        <Caption1 as="p" className={styles.sub}>
          {heading}
        </Caption1>
        <ul className={styles.list}>
          {lines.map((l) => (
            <li key={l} className={styles.wrap}>
              {l}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className={styles.result} data-testid="refresh-result" data-intent={text.intent}>
      <Body1 className={text.intent === 'error' ? styles.error : undefined}>{text.title}</Body1>
      {text.sheets.length > 0 && (
        <ul className={styles.list} data-testid="refresh-sheets">
          {text.sheets.map((s) => (
            <li key={s} className={styles.wrap}>
              {s}
            </li>
          ))}
        </ul>
      )}
      {list(r.kept, text.kept, 'refresh-kept')}
      {list(r.notCarried, text.notCarried, 'refresh-not-carried')}
      {text.notes.map((n) => (
        <Caption1 key={n} as="p" className={styles.wrap}>
          {n}
        </Caption1>
      ))}
    </div>
  );
}
