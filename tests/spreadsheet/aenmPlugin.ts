// The AENM functions as a HyperFormula function plugin, named as in Excel (AENM.IND_COST:
// HyperFormula allows dots in function names). Arguments are handed over the way Excel hands
// them to the add-in: every argument a 2-D array (a single value as [[v]]), empty cells null,
// an omitted optional argument undefined, errors from other cells as { code: "#DIV/0!" }.
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue, type ArraySize } from 'hyperformula';
import { arityOf, callFunction, FUNCTION_IDS, OPTIONAL_BEFORE_EDITION, type FunctionId } from '../../src/functions/registry';
import { isExcelError } from '../../src/functions/excelErrors';

/** id → [parameter count, optional trailing parameters], the [edition] included (every function's optional last argument), from the registry. */
const TABLE = Object.fromEntries(FUNCTION_IDS.map((id) => [id, [arityOf(id) + 1, OPTIONAL_BEFORE_EDITION[id] + 1] as const])) as Record<FunctionId, readonly [number, number]>;

const ERROR_CODES: Record<string, string> = { DIV_BY_ZERO: '#DIV/0!', NA: '#N/A', VALUE: '#VALUE!', NUM: '#NUM!', REF: '#REF!', NAME: '#NAME?' };

function excelCell(value: unknown): unknown {
  if (typeof value === 'symbol') return null; // HyperFormula's EmptyValue
  if (value instanceof CellError) return { code: ERROR_CODES[value.type] ?? `#${value.type}`, message: value.message ?? '' };
  if (typeof value === 'object' && value !== null && typeof (value as { val?: unknown }).val === 'number') return (value as { val: number }).val; // percent, currency
  return value;
}

function excelArgument(value: unknown): unknown[][] | undefined {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(excelCell));
  return [[excelCell(value)]];
}

function hyperformulaCell(value: unknown): unknown {
  if (isExcelError(value)) return new CellError(value.code === '#N/A' ? ErrorType.NA : ErrorType.VALUE, value.message);
  return value;
}

export class AenmPlugin extends FunctionPlugin {
  static implementedFunctions = Object.fromEntries(
    Object.entries(TABLE).map(([id, [count, optional]]) => [
      `AENM.${id}`,
      {
        method: 'evaluate',
        arraySizeMethod: 'size',
        vectorizationForbidden: true,
        parameters: Array.from({ length: count }, (_, k) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: k >= count - optional })),
      },
    ]),
  );

  evaluate(ast: { procedureName: string; args: unknown[] }, state: unknown): unknown {
    const id = ast.procedureName.replace(/^AENM\./, '') as FunctionId;
    const run = (this as unknown as { runFunction: (a: unknown, s: unknown, m: unknown, f: (...v: unknown[]) => unknown) => unknown }).runFunction;
    return run(ast.args, state, this.metadata(ast.procedureName), (...values: unknown[]) => {
      const result = callFunction(id, values.map(excelArgument)).map((row) => row.map(hyperformulaCell));
      return result.length === 1 && result[0]!.length === 1 ? result[0]![0] : SimpleRangeValue.onlyValues(result as never);
    });
  }

  /** The spill size: the largest argument (a mismatch is answered as one #VALUE! cell). */
  size(ast: { args: unknown[] }, state: { formulaAddress: unknown }): ArraySize {
    let width = 1;
    let height = 1;
    for (const arg of ast.args) {
      const size = this.arraySizeForAst(arg as never, { formulaAddress: state.formulaAddress, arraysFlag: true } as never);
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    }
    return { width, height, isRef: false, isScalar: () => width === 1 && height === 1 } as unknown as ArraySize;
  }
}
