// Opening the built pane against the fake workbook, shared by the pane's browser tests and scripts/screenshots.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const FAKE_EXCEL = readFileSync(path.join(__dirname, 'fakeExcelBrowser.js'), 'utf8');
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** office-stub.js has no displayLanguage/officeTheme: add them the moment the stub defines Office. */
export function officeContextScript(displayLanguage: string, bodyBackgroundColor: string): string {
  return `(() => {
    let office;
    Object.defineProperty(window, 'Office', {
      configurable: true,
      get: () => office,
      set: (value) => {
        office = value;
        value.context.displayLanguage = ${JSON.stringify(displayLanguage)};
        value.context.officeTheme = { bodyBackgroundColor: ${JSON.stringify(bodyBackgroundColor)} };
      },
    });
  })();`;
}

export const WIDTHS = [
  { width: 350, height: 900 },
  { width: 1366, height: 768 },
] as const;

/** Selects a tab of the pane by its name. */
export async function showTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Scrolls the driver grid to its last year column. */
export async function scrollGridToEnd(page: Page): Promise<void> {
  await page.getByTestId('driver-grid').evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
}

/**
 * axe-core in the page (page.evaluate is not subject to the page's CSP, an injected <script> would be).
 * One exclusion, the only one: `aria-hidden-focus` on Tabster's focus-redirect elements
 * (`<i data-tabster-dummy tabindex="0" aria-hidden="true">`, added by Fluent v9's focus management).
 * They are focusable on purpose and hand focus on at once; aria-hidden keeps screen readers from
 * announcing them. A known false positive: microsoft/tabster#288, microsoft/fluentui#25133;
 * Accessibility Insights suppresses it (microsoft/accessibility-insights-web#7605). Such nodes
 * are dropped from that rule's result; every other node and rule counts.
 */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: number; targets: string[] }[]> {
  await page.evaluate(`${AXE_SOURCE};0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const tabsterDummy = (n: { html?: string }) => (n.html ?? '').includes('data-tabster-dummy');
    return result.violations
      .map((v) => ({ ...v, nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !tabsterDummy(n as { html?: string })) : v.nodes }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.map((n) => String(n.target.join(' '))) }));
  });
}
