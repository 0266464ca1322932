import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { FluentProvider } from '@fluentui/react-provider';
import { Caption1, Title2 } from '@fluentui/react-text';
import { webLightTheme, type Theme } from '@fluentui/react-theme';
import { EDITIONS } from '../../../core';
import { aenmStyleServes } from '../../../core/sheets/aenmFormula';
import type { FormulaStyle } from '../../../core/sheets/types';
import { ACTIONS } from '../../actions';
import { stringsFor } from '../../i18n';
import type { Services } from '../../services/types';
import { ActionCard } from '../ActionCard/ActionCard';
import { DownloadWorkbookButton } from '../../download/DownloadWorkbookButton';
import { PaneSettings } from '../PaneSettings/PaneSettings';
import { PaneTabs } from '../PaneTabs/PaneTabs';
import { ADDIN_VERSION } from '../../version';
import { useAppStyles } from './useAppStyles';

// The Werkmap tab (inventory of written sheets, compare) is not visible at first: a lazy chunk.
const WorkbookView = lazy(() => import(/* webpackChunkName: "workbook" */ '../WorkbookView/WorkbookView').then((m) => ({ default: m.WorkbookView })));
// The scenario form (driver grid, expression parser, the chain model's preview) is a lazy chunk:
// it is fetched right after the first render instead of delaying it (issue 15).
const ScenarioPanel = lazy(() => import(/* webpackChunkName: "scenario" */ '../ScenarioPanel/ScenarioPanel').then((m) => ({ default: m.ScenarioPanel })));

export interface AppProps {
  readonly services: Services;
  /** The Fluent theme; default light. The dark one is a lazy chunk the caller loads when Office's theme is dark (pane.tsx). */
  readonly theme?: Theme;
}

type View = 'sheets' | 'scenarios' | 'workbook';
const VIEWS: readonly View[] = ['sheets', 'scenarios', 'workbook'];

/**
 * The pane, 350 px first: the edition and the formula style chosen once at
 * the top, then three tabs (Bladen, Scenario's, Werkmap), so every action is
 * one tab away instead of below four forms. Panels stay mounted (hidden), so
 * a scenario being typed and each action's result survive a tab switch.
 */
export function App({ services, theme = webLightTheme }: AppProps) {
  const styles = useAppStyles();
  const t = stringsFor(services.host.language);
  const [view, setView] = useState<View>('sheets');
  const [editionId, setEditionId] = useState(services.edition.id);
  const [chosenStyle, setFormulaStyle] = useState<FormulaStyle>('excel');
  // Off by default: a controller's own edits elsewhere on the sheet are not blocked unless asked. In Excel only (Office.js).
  const [protect, setProtect] = useState(false);
  const [written, setWritten] = useState(0);
  const onWritten = useCallback(() => setWritten((n) => n + 1), []);
  const editions = services.editions ?? [services.edition];
  const scoped = useMemo<Services>(() => ({ ...services, edition: (services.editions ?? []).find((e) => e.id === editionId) ?? services.edition, settings: { ...services.settings, protect } }), [services, editionId, protect]);
  // AENM.* calls name their edition; one the functions do not carry (only test fixtures) gets Excel formulas, said beside the choice.
  const aenmServes = aenmStyleServes(scoped.edition);
  const formulaStyle: FormulaStyle = aenmServes ? chosenStyle : 'excel';
  const sheetActions = ACTIONS.filter((a) => a.id !== 'scenario' && a.id !== 'compare');
  const tabId = (v: View) => `pane-tab-${v}`;
  const panelId = (v: View) => `pane-panel-${v}`;
  return (
    <FluentProvider theme={theme} lang={services.host.language}>
      <main className={styles.root} data-theme={services.host.theme}>
        <header className={styles.header}>
          <Title2 as="h1">{t.title}</Title2>
          <Caption1 className={styles.subtitle}>{t.subtitle(scoped.edition.id)}</Caption1>
        </header>
        {!services.host.inExcel && (
          <section className={styles.standalone} aria-label={t.standalone.downloadAll}>
            {services.host.officeUnavailable ? (
              <Caption1 role="note" data-testid="office-unavailable">
                {t.standalone.officeMissing}
              </Caption1>
            ) : (
              <Caption1>{t.standalone.notice}</Caption1>
            )}
            <DownloadWorkbookButton edition={scoped.edition} formulaStyle={formulaStyle} addinVersion={ADDIN_VERSION} label={t.standalone.downloadAll} />
          </section>
        )}
        <PaneSettings
          editionId={editionId}
          editionIds={editions.map((e) => e.id)}
          {...(aenmServes ? {} : { aenmOnlyFor: EDITIONS.map((e) => e.id).join(', ') })}
          onEdition={setEditionId}
          formulaStyle={formulaStyle}
          onFormulaStyle={setFormulaStyle}
          {...(services.host.inExcel ? { protect, onProtect: setProtect } : {})}
          t={t}
        />
        <PaneTabs views={VIEWS} selected={view} onSelect={setView} label={t.tabs.label} text={(v) => t.tabs[v]} tabId={tabId} panelId={panelId} />
        <div role="tabpanel" id={panelId('sheets')} aria-labelledby={tabId('sheets')} hidden={view !== 'sheets'}>
          <ul className={styles.list}>
            {sheetActions.map((action) => (
              <li key={action.id}>
                <ActionCard action={action} services={scoped} formulaStyle={formulaStyle} t={t} onWritten={onWritten} />
              </li>
            ))}
          </ul>
        </div>
        <div role="tabpanel" id={panelId('scenarios')} aria-labelledby={tabId('scenarios')} hidden={view !== 'scenarios'}>
          <Suspense fallback={<Caption1 aria-busy="true">{t.writing}</Caption1>}>
            <ScenarioPanel services={scoped} formulaStyle={formulaStyle} t={t} onWritten={onWritten} />
          </Suspense>
        </div>
        <div role="tabpanel" id={panelId('workbook')} aria-labelledby={tabId('workbook')} hidden={view !== 'workbook'}>
          <Suspense fallback={<Caption1 aria-busy="true">{t.writing}</Caption1>}>
            <WorkbookView services={scoped} formulaStyle={formulaStyle} t={t} version={written} active={view === 'workbook'} onWritten={onWritten} />
          </Suspense>
        </div>
      </main>
    </FluentProvider>
  );
}

export default App;
