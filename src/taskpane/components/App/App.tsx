import { FluentProvider } from '@fluentui/react-provider';
import { Caption1, Title2 } from '@fluentui/react-text';
import { webDarkTheme, webLightTheme } from '@fluentui/react-theme';
import { ACTIONS } from '../../actions';
import { stringsFor } from '../../i18n';
import type { Services } from '../../services/types';
import { ActionCard } from '../ActionCard/ActionCard';
import { DownloadWorkbookButton } from '../../download/DownloadWorkbookButton';
import { ADDIN_VERSION } from '../../version';
import { useAppStyles } from './useAppStyles';

export interface AppProps {
  readonly services: Services;
}

/** The pane: one card per action in ACTIONS, in the user's language and Office theme. */
export function App({ services }: AppProps) {
  const styles = useAppStyles();
  const t = stringsFor(services.host.language);
  const theme = services.host.theme === 'dark' ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} lang={services.host.language}>
      <main className={styles.root} data-theme={services.host.theme}>
        <header className={styles.header}>
          <Title2 as="h1">{t.title}</Title2>
          <Caption1 className={styles.subtitle}>{t.subtitle(services.edition.id)}</Caption1>
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
            <DownloadWorkbookButton edition={services.edition} addinVersion={ADDIN_VERSION} label={t.standalone.downloadAll} />
          </section>
        )}
        <ul className={styles.list}>
          {ACTIONS.map((action) => (
            <li key={action.id}>
              <ActionCard action={action} services={services} t={t} />
            </li>
          ))}
        </ul>
      </main>
    </FluentProvider>
  );
}
