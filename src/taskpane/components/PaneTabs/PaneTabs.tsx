import { useRef, type KeyboardEvent } from 'react';
import { usePaneTabsStyles } from './usePaneTabsStyles';

export interface PaneTabsProps<V extends string> {
  readonly views: readonly V[];
  readonly selected: V;
  readonly onSelect: (view: V) => void;
  readonly label: string;
  readonly text: (view: V) => string;
  readonly tabId: (view: V) => string;
  readonly panelId: (view: V) => string;
}

/**
 * The pane's three tabs, following the WAI-ARIA tabs pattern (automatic activation): one tab in the
 * tab order, arrow keys, Home and End move and select. Hand-written instead of Fluent's TabList,
 * whose focus manager (tabster's Mover) and indicator animation cost ≈ 10 KB gzipped before the
 * first render (issue 15: ≤ 120 KB before the first render).
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function PaneTabs<V extends string>({ views, selected, onSelect, label, text, tabId, panelId }: PaneTabsProps<V>) {
  const styles = usePaneTabsStyles();
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const move = (event: KeyboardEvent<HTMLButtonElement>, from: V) => {
    const i = views.indexOf(from);
    const next =
      event.key === 'ArrowRight' ? views[(i + 1) % views.length] : event.key === 'ArrowLeft' ? views[(i - 1 + views.length) % views.length] : event.key === 'Home' ? views[0] : event.key === 'End' ? views[views.length - 1] : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {views.map((v) => {
        const isSelected = v === selected;
        return (
          <button
            key={v}
            ref={(el) => {
              if (el) refs.current.set(v, el);
              else refs.current.delete(v);
            }}
            type="button"
            role="tab"
            id={tabId(v)}
            aria-controls={panelId(v)}
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={isSelected ? `${styles.tab} ${styles.selected}` : styles.tab}
            onClick={() => onSelect(v)}
            onKeyDown={(e) => move(e, v)}
          >
            {text(v)}
          </button>
        );
      })}
    </div>
  );
}
