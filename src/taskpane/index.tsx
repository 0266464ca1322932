// Entry of the pane. Nothing runs at import time except start(): Office.onReady
// decides the language, theme and whether Excel is there, then the app renders.
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import { createServices, type OfficeInfo } from './wiring';

/** Outside Office (a plain browser), Office.js may never call back; render anyway after this. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function officeReady(): Promise<OfficeInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve({ host: null });
  const timeout = new Promise<OfficeInfo>((resolve) => setTimeout(() => resolve({ host: null }), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then((info) => ({ host: info.host ? String(info.host) : null }));
  return Promise.race([ready, timeout]);
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const services = createServices(await officeReady());
  document.documentElement.lang = services.host.language;
  createRoot(container).render(<App services={services} />);
}

void start();
