import { DEFAULT_EDITION } from '../src/core';
import { basisScenario, DEFAULT_SHEETS, fullWorkbookPlan } from '../src/xlsx/fullWorkbookPlan';
const plan = fullWorkbookPlan({ edition: DEFAULT_EDITION, sheets: DEFAULT_SHEETS, scenarios: [basisScenario(DEFAULT_EDITION)], formulaStyle: 'excel', writtenAt: '2026-12-01' });
const which = process.argv[2];
for (const d of plan) {
  if (which && !d.name.startsWith(which)) continue;
  const rows = new Map<number, string[]>();
  for (const c of d.cells) { const r = Number(/\d+/.exec(c.address)![0]); rows.set(r, [...(rows.get(r) ?? []), `${c.address}=${String(c.value ?? c.formula ?? '').slice(0, 28)}${c.style ? '['+c.style+']' : ''}`]); }
  console.log('##', d.name);
  for (const r of [...rows.keys()].sort((a, b) => a - b)) console.log(r, rows.get(r)!.slice(0, 4).join(' | '));
}
