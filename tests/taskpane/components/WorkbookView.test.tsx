/**
 * @jest-environment jsdom
 */
// Issue 13 item 2, the pane part: the Werkmap lists the add-in's sheets with their edition and refreshes them.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkbookView } from '../../../src/taskpane/components/WorkbookView/WorkbookView';
import { stringsFor } from '../../../src/taskpane/i18n';
import type { RefreshOutcome, RefreshRequest, Services, WorkbookInventory } from '../../../src/taskpane/services/types';
import { FX2030 } from '../../fixtures/fx2030';

const record = (sheetName: string, kind: WorkbookInventory['sheets'][number]['kind'], edition = 'OB2025') =>
  ({ sheetName, kind, title: sheetName, edition, formulaStyle: 'excel', writtenAt: '2026-12-01T09:00:00.000Z', present: true }) as const;
const INVENTORY: WorkbookInventory = {
  sheets: [record('Parameters OB2025', 'parameters'), record('ODA-toerekening', 'oda'), record('Scenario Eigen', 'scenario')],
  scenarios: [{ sheetName: 'Scenario Eigen', label: 'Eigen' }],
};
const REFRESHED: RefreshOutcome = {
  ok: true,
  from: 'OB2025',
  to: 'FX2030',
  sheets: [{ after: 'Parameters FX2030' }, { before: 'ODA-toerekening', after: 'ODA-toerekening' }, { before: 'Scenario Eigen', after: 'Scenario Eigen' }],
  inputs: [
    { sheet: 'Scenario Eigen', cell: 'D14', what: 'Asielinstroom (A) 2026', value: 11111, kept: true },
    { sheet: 'Scenario Eigen', cell: 'H14', what: 'Asielinstroom (A) 2030', value: 22222, kept: false },
  ],
  syncs: 5,
  largestRequestBytes: 1000,
};

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} })) as never;
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

async function render(outcome: RefreshOutcome, language: 'nl' | 'en' = 'nl') {
  const requests: RefreshRequest[] = [];
  const services: Services = {
    edition: FX2030,
    host: { inExcel: true, language, theme: 'light' },
    workbook: {
      write: async () => ({ ok: true, sheets: [] }),
      listScenarios: async () => ({ ok: true, scenarios: [] }),
      inventory: async () => ({ ok: true, inventory: INVENTORY }),
      refresh: async (request) => (requests.push(request), outcome),
    },
    today: () => '2026-12-01',
  };
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => createRoot(container).render(<WorkbookView services={services} formulaStyle="excel" t={stringsFor(language)} version={0} active />));
  const button = (name: string) => [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
  return { container, requests, button };
}

describe('WorkbookView: refresh to another edition', () => {
  it('lists each sheet with its edition and a labelled per-sheet action; "all" refreshes every sheet and reports the kept inputs and those not carried', async () => {
    const { container, requests, button } = await render(REFRESHED);
    const items = [...container.querySelectorAll('li[data-sheet]')];
    expect(items.map((li) => li.getAttribute('data-sheet'))).toEqual(['Parameters OB2025', 'ODA-toerekening', 'Scenario Eigen']);
    expect(items[1]!.textContent).toContain('ODA · OB2025');
    expect(button('ODA-toerekening bijwerken naar FX2030')?.textContent).toBe('Bijwerken naar FX2030');

    await act(async () => button('Alle bladen bijwerken naar FX2030').click());
    // The parameter sheet is not refreshed: FX2030's joins by itself, OB2025's stays for its names.
    expect(button('Parameters OB2025 bijwerken naar FX2030')).toBeUndefined();
    expect(requests).toEqual([{ to: FX2030, sheetNames: ['ODA-toerekening', 'Scenario Eigen'], formulaStyle: 'excel' }]);
    const status = container.querySelector('[data-testid="refresh-status"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('3 bladen bijgewerkt van OB2025 naar FX2030:');
    expect([...status.querySelectorAll('[data-testid="refresh-sheets"] li')].map((li) => li.textContent)).toEqual(['Parameters FX2030', 'ODA-toerekening', 'Scenario Eigen']);
    expect([...status.querySelectorAll('[data-testid="refresh-kept"] li')].map((li) => li.textContent)).toEqual(['Scenario Eigen!D14 · Asielinstroom (A) 2026 · 11.111']);
    expect([...status.querySelectorAll('[data-testid="refresh-not-carried"] li')].map((li) => li.textContent)).toEqual(['Scenario Eigen!H14 · Asielinstroom (A) 2030 · 22.222']);
  });

  it('refreshes one sheet', async () => {
    const { requests, button } = await render(REFRESHED, 'en');
    await act(async () => button('Update ODA-toerekening to FX2030').click());
    expect(requests.map((r) => r.sheetNames)).toEqual([['ODA-toerekening']]);
  });

  it('says clearly why nothing changed (mixed editions) and what a half-way failure left', async () => {
    const mixed = await render({ ok: false, failure: { kind: 'mixed', editions: ['OB2025', 'FX2030'] } });
    await act(async () => mixed.button('Alle bladen bijwerken naar FX2030').click());
    expect(mixed.container.querySelector('[data-testid="refresh-result"]')?.textContent).toBe('De bladen hebben verschillende edities (OB2025, FX2030). Werk ze per blad bij, één editie tegelijk. Er is niets gewijzigd.');
    const failed = await render({ ok: false, failure: { kind: 'write', message: 'GeneralException', rewritten: ['Parameters FX2030'], failedAt: 'ODA-toerekening', removed: [] } }, 'en');
    await act(async () => failed.button('Update all sheets to FX2030').click());
    expect(failed.container.querySelector('[data-testid="refresh-result"]')?.getAttribute('data-intent')).toBe('error');
    expect(failed.container.querySelector('[data-testid="refresh-result"]')?.textContent).toBe(
      'Update failed: GeneralException.Already updated: Parameters FX2030.ODA-toerekening was being written and may be half-written: update it again.',
    );
  });
});
