import { HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { AenmPlugin } from '../../spreadsheet/aenmPlugin';
import { parseAddress } from '../../../src/core/sheets/a1';
import type { SheetDescription } from '../../../src/core/sheets/types';

/**
 * Evaluates sheet descriptions with HyperFormula (GPL, tests only): writes
 * every constant and formula, defines the parameters' names, and answers the
 * value of any cell. AENM.* formulas (the 'aenm' style) run the add-in's own
 * functions (tests/spreadsheet/aenmPlugin.ts: the registry, as Excel calls it),
 * so "each formula gives the cached value" compares the sheet with the functions,
 * not the core with itself. Only editions the functions carry get AENM formulas
 * (aenmStyleServes), so FX2030 sheets hold none.
 */
const names = Object.keys(AenmPlugin.implementedFunctions);
HyperFormula.registerFunctionPlugin(AenmPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])), enUS: Object.fromEntries(names.map((n) => [n, n])) });

export interface Evaluated {
  value(sheet: string, address: string): unknown;
  /** Changes one constant cell and recalculates (for the no-dead-input tests). */
  set(sheet: string, address: string, value: number | string | boolean): void;
}

export function evaluate(descriptions: readonly SheetDescription[]): Evaluated {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', precisionRounding: 14 });
  const ids = new Map<string, number>();
  for (const d of descriptions) ids.set(d.name, hf.getSheetId(hf.addSheet(d.name))!);
  hf.suspendEvaluation();
  for (const d of descriptions) for (const n of d.names) hf.addNamedExpression(n.name, `='${d.name.replace(/'/g, "''")}'!$${n.address.replace(/(\d+)$/, '$$$1')}`);
  for (const d of descriptions) {
    const sheet = ids.get(d.name)!;
    for (const cell of d.cells) {
      const { column, row } = parseAddress(cell.address);
      const content = cell.formula ?? (typeof cell.value === 'string' && /^[=+\-'0-9]/.test(cell.value) ? `'${cell.value}` : cell.value) ?? null;
      hf.setCellContents({ sheet, col: column - 1, row: row - 1 } as SimpleCellAddress, [[content as string | number | boolean | null]]);
    }
  }
  hf.resumeEvaluation();
  return {
    value(sheetName, address) {
      const sheet = ids.get(sheetName);
      if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
      const { column, row } = parseAddress(address);
      return hf.getCellValue({ sheet, col: column - 1, row: row - 1 });
    },
    set(sheetName, address, value) {
      const sheet = ids.get(sheetName);
      if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
      const { column, row } = parseAddress(address);
      hf.setCellContents({ sheet, col: column - 1, row: row - 1 } as SimpleCellAddress, [[value]]);
    },
  };
}

/** Every formula cell: HyperFormula's value against the description's cached value, within half a cent. */
export function mismatches(descriptions: readonly SheetDescription[], ev: Evaluated = evaluate(descriptions)): string[] {
  const out: string[] = [];
  for (const d of descriptions)
    for (const cell of d.cells) {
      if (!cell.formula) continue;
      const got = ev.value(d.name, cell.address);
      const want = cell.cached;
      const same = typeof want === 'number' && typeof got === 'number' ? Math.abs(got - want) <= 0.005 : got === want;
      if (!same) out.push(`${d.name}!${cell.address} ${cell.formula}: HyperFormula ${JSON.stringify(got)} ≠ cached ${JSON.stringify(want)}`);
    }
  return out;
}
