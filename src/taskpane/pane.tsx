// The pane proper, loaded lazily by index.ts: React, Fluent UI and the app.
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import type { OfficeInfo } from './boot/officeReady';
import { createServices } from './wiring';

export function renderPane(container: HTMLElement, info: OfficeInfo): void {
  const services = createServices(info);
  document.documentElement.lang = services.host.language;
  createRoot(container).render(<App services={services} />);
}
