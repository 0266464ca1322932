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
  host: { inExcel: true, language, theme: 'light' },
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
  const byIds = ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
  if (byIds) return byIds;
  return el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
};

beforeAll(() => {
  // jsdom lacks matchMedia, which Fluent's motion hooks query.
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} })) as never;
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

describe('App', () => {
  it('shows the pane-wide choices once and three tabs, in Dutch by default', async () => {
    const root = await render('nl');
    expect(root.querySelector('h1')?.textContent).toBe('AENM Begroting');
    expect([...root.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent)).toEqual(['Bladen', "Scenario's", 'Werkmap']);
    // One formula-style choice for the whole pane, not one per action.
    expect([...root.querySelectorAll('select')].filter((s) => s.querySelector('option[value="aenm"]')).length).toBe(1);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['ODA-toerekening', 'MPP-kengetallen', 'Taakstelling 2027–2028', 'Bandbreedte', 'Nieuw scenario', "Scenario's vergelijken"]);
  });

  it('labels every field, including each driver cell, from the declarations', async () => {
    const root = await render('en');
    const fields = [...root.querySelectorAll('input')];
    expect(fields.length).toBeGreaterThan(17 * 5); // 17 per-year drivers × 5 years, plus name, presets and single drivers
    for (const field of fields) expect(labelOf(field)).not.toBe('');
    expect(root.querySelector('input[aria-label="Asylum inflow (A) 2029"]')).not.toBeNull();
  });

  it('moves between tabs with the arrow keys, Home and End (WAI-ARIA tabs pattern), one tab in the tab order', async () => {
    const root = await render('nl');
    const tabs = () => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')?.textContent;
    const visiblePanel = () => [...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !p.hidden).map((p) => p.getAttribute('aria-labelledby'));
    expect(selected()).toBe('Bladen');
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    const key = async (k: string) => act(async () => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    tabs()[0]!.focus();
    await key('ArrowRight');
    expect(selected()).toBe("Scenario's");
    expect(document.activeElement?.textContent).toBe("Scenario's");
    expect(visiblePanel()).toEqual([tabs()[1]!.id]);
    await key('End');
    expect(selected()).toBe('Werkmap');
    await key('ArrowRight'); // wraps
    expect(selected()).toBe('Bladen');
    await key('ArrowLeft'); // wraps back
    expect(selected()).toBe('Werkmap');
    await key('Home');
    expect(selected()).toBe('Bladen');
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    await act(async () => tabs()[2]!.click());
    expect(visiblePanel()).toEqual([tabs()[2]!.id]);
  });
});

describe('App: protect written sheets (issue 11 item 5)', () => {
  it('is off by default, labelled in nl and en, and a ticked box reaches the writer', async () => {
    const settings: unknown[] = [];
    const s: Services = {
      ...services('nl'),
      workbook: { write: async (_d, ws) => (settings.push(ws), { ok: true, sheets: [] }), listScenarios: async () => ({ ok: true, scenarios: [] }) },
    };
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => createRoot(container).render(<App services={s} />));
    const box = container.querySelector<HTMLInputElement>('[data-testid="protect-sheets"] input[type="checkbox"], input[type="checkbox"][data-testid="protect-sheets"]')!;
    expect(box).not.toBeNull();
    expect(box.checked).toBe(false);
    expect(labelOf(box)).toBe('Geschreven bladen beveiligen');
    const write = () => [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-describedby') && b.closest('li'))!;
    await act(async () => write().click());
    await act(async () => box.click());
    expect(box.checked).toBe(true);
    await act(async () => write().click());
    expect(settings).toEqual([{ protect: false }, { protect: true }]);
    const en = await render('en');
    expect(labelOf(en.querySelector('input[type="checkbox"]')!)).toBe('Protect written sheets');
  });
});

describe('App: the edition chosen in the pane (issue 13 item 1)', () => {
  it('offers the editions given, and the chosen one reaches the sheets, the comparison read-back and the texts', async () => {
    const { FX2030 } = await import('../../fixtures/fx2030');
    const written: string[] = [];
    const listedFor: string[] = [];
    const s: Services = {
      ...services('nl'),
      editions: [OB2025, FX2030],
      workbook: {
        write: async (descriptions) => (written.push(...descriptions.map((d) => `${d.name}: ${d.edition}`)), { ok: true, sheets: [] }),
        listScenarios: async (edition) => (listedFor.push(edition.id), { ok: true, scenarios: [] }),
      },
    };
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => createRoot(container).render(<App services={s} />));
    const editionSelect = [...container.querySelectorAll('select')].find((el) => el.querySelector('option[value="FX2030"]'))!;
    expect([...editionSelect.options].map((o) => o.value)).toEqual(['OB2025', 'FX2030']);
    expect(container.querySelector('[data-testid="aenm-needs-default"]')).toBeNull();
    await act(async () => {
      editionSelect.value = 'FX2030';
      editionSelect.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(container.querySelector('header')?.textContent).toContain('FX2030');
    expect([...container.querySelectorAll('p, span')].some((el) => el.textContent?.startsWith('Laag, basis en hoog naast elkaar 2025–2030'))).toBe(true);
    // The functions do not carry the test-only FX2030 (an AENM call naming it is #N/A): the option is off, and the pane says so.
    expect(container.querySelector<HTMLOptionElement>('option[value="aenm"]')!.disabled).toBe(true);
    expect(container.querySelector('[data-testid="aenm-needs-default"]')?.textContent).toBe('De AENM-functies kennen FX2030 niet (wel OB2025): bladen van FX2030 krijgen Excel-formules.');
    const button = (action: string) => container.querySelector<HTMLButtonElement>(`[data-action="${action}"] button`)!;
    await act(async () => button('oda').click());
    expect(written).toEqual(['ODA-toerekening: FX2030']);
    await act(async () => button('compare').click());
    expect(listedFor).toEqual(['FX2030']);
  });
});
