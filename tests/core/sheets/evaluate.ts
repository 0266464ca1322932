import { FunctionArgumentType, FunctionPlugin, HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { budgetLine, cut, euros, indPrice, indProduct, mppFigure, odaFigure, type Edition } from '../../../src/core';
import { FIXTURE_EDITIONS } from '../../fixtures/fx2030';
import { parseAddress } from '../../../src/core/sheets/a1';
import type { SheetDescription } from '../../../src/core/sheets/types';

/**
 * Evaluates sheet descriptions with HyperFormula (GPL, tests only): writes
 * every constant and formula, defines the parameters' names, and answers the
 * value of any cell. AENM.* functions are registered as thin stubs over the
 * core, so the 'aenm' style is evaluated too, not skipped.
 */
const unwrap = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('AENM stub: no figure');
  return r.value;
};

/** The trailing [edition] every AENM call on a sheet names (OB2025 and the test-only FX2030). */
const editionOf = (id: string): Edition => {
  const edition = FIXTURE_EDITIONS.find((e) => e.id.toLowerCase() === String(id).toLowerCase());
  if (!edition) throw new Error(`AENM stub: unknown edition ${id}`);
  return edition;
};
const EDITION = { argumentType: FunctionArgumentType.STRING };
const OPTIONAL_NUMBER = { argumentType: FunctionArgumentType.NUMBER, optionalArg: true, defaultValue: 0 };

// HyperFormula does not export its AST and state types; take them from runFunction's signature.
type RunArgs = Parameters<FunctionPlugin['runFunction']>;
type Ast = RunArgs[0][number];
type InterpreterState = RunArgs[1];

class AenmStubs extends FunctionPlugin {
  static implementedFunctions = {
    'AENM.BUDGET': { method: 'budget', parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.NUMBER }, EDITION] },
    'AENM.IND_PRICE': { method: 'indPrice', parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.NUMBER }, EDITION] },
    'AENM.MPP': { method: 'mpp', parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.NUMBER }, EDITION] },
    'AENM.ODA': { method: 'oda', parameters: [{ argumentType: FunctionArgumentType.STRING }, EDITION] },
    // AENM.CUT(year, [part], [edition]): the sheets leave part empty (the total).
    'AENM.CUT': { method: 'cut', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, OPTIONAL_NUMBER, EDITION] },
  };
  budget(ast: { args: Ast[] }, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('AENM.BUDGET'), (line: string, year: number, e: string) => euros(unwrap(budgetLine(editionOf(e), line, year))));
  }
  indPrice(ast: { args: Ast[] }, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('AENM.IND_PRICE'), (p: string, year: number, e: string) => euros(unwrap(indPrice(editionOf(e), unwrap(indProduct(p)), year))));
  }
  mpp(ast: { args: Ast[] }, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('AENM.MPP'), (key: string, year: number, e: string) => unwrap(mppFigure(editionOf(e), key, year)).value);
  }
  oda(ast: { args: Ast[] }, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('AENM.ODA'), (item: string, e: string) => euros(unwrap(odaFigure(editionOf(e), item))));
  }
  cut(ast: { args: Ast[] }, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('AENM.CUT'), (year: number, _part: number, e: string) => unwrap(cut(editionOf(e), year, 'total')));
  }
}
const names = Object.keys(AenmStubs.implementedFunctions);
HyperFormula.registerFunctionPlugin(AenmStubs, { enGB: Object.fromEntries(names.map((n) => [n, n])), enUS: Object.fromEntries(names.map((n) => [n, n])) });

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
