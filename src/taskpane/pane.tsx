// The pane proper, loaded lazily by index.ts: React, Fluent UI and the app.
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import type { OfficeInfo } from './boot/officeReady';
import { createServices } from './wiring';

export async function renderPane(container: HTMLElement, info: OfficeInfo): Promise<void> {
  const services = createServices(info);
  document.documentElement.lang = services.host.language;
  // The dark theme only when Office's theme is dark (a lazy chunk; the light one is in the first render).
  const theme = services.host.theme === 'dark' ? (await import(/* webpackChunkName: "dark-theme" */ './darkTheme')).webDarkTheme : undefined;
  createRoot(container).render(<App services={services} {...(theme ? { theme } : {})} />);
}
