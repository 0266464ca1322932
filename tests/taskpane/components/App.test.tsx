/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { OB2025 } from '../../../src/core';
import { App } from '../../../src/taskpane/components/App/App';
import type { Services } from '../../../src/taskpane/services/types';

const services = (language: 'nl' | 'en'): Services => ({
  edition: OB2025,
  host: { inExcel: true, language, theme: 'light', isSetSupported: () => true },
  workbook: {
    write: async () => ({ ok: true, sheets: [] }),
    listScenarios: async () => ({ ok: true, scenarios: [] }),
  },
  today: () => '2025-01-15',
});

async function render(language: 'nl' | 'en'): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => createRoot(container).render(<App services={services(language)} />));
  return container;
}

const labelOf = (el: Element): string => {
  const byAria = el.getAttribute('aria-label');
  if (byAria) return byAria;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
  const byIds = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  if (byIds) return byIds;
  return el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
};

beforeAll(() => {
  // jsdom lacks matchMedia, which Fluent's motion hooks query.
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} })) as never;
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

describe('App', () => {
  it('renders one card per action, in Dutch by default', async () => {
    const root = await render('nl');
    expect(root.querySelector('h1')?.textContent).toBe('AENM Begroting');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'ODA-toerekening',
      'MPP-kengetallen',
      'Taakstelling 2027–2028',
      'Nieuw scenario',
      'Bandbreedte',
      "Scenario's vergelijken",
    ]);
    expect(root.querySelectorAll('[role="status"][aria-live="polite"]').length).toBe(6);
  });

  it('labels every field, including each driver cell', async () => {
    const root = await render('en');
    const toggle = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Drivers per year');
    await act(async () => toggle?.click());
    const fields = [...root.querySelectorAll('input')];
    expect(fields.length).toBeGreaterThan(75); // 15 drivers × 5 years, plus name and radios
    for (const field of fields) expect(labelOf(field)).not.toBe('');
    expect(root.querySelector('input[aria-label="COA inflow 2026"]')).not.toBeNull();
  });
});
