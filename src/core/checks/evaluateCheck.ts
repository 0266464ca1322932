import type { EditionIndex } from '../edition/editionIndex';
import type { CellRef, CheckSpec, Unit } from '../edition/types';
import { convert, roundNoise, UNIT_LABEL } from '../edition/units';
import type { CheckResult, CheckStatus } from './types';

/** A check's outcome in one column before it is judged against the documented discrepancies. */
export type Raw = Omit<CheckResult, 'status'> & { status?: CheckStatus };

/** Evaluates one check in each of its columns; throws on a reference to a cell the edition lacks (an edition error). */
export function evaluate(index: EditionIndex, spec: CheckSpec): Raw[] {
  const columns = spec.columns ?? (refsOf(spec).every((ref) => !ref.column.startsWith('{')) ? [refsOf(spec)[0]!.column] : columnsOf(index, spec));
  const results: Raw[] = [];
  for (const column of columns) {
    const at = (ref: CellRef): CellRef => ({ ...ref, column: resolveColumn(index, ref, column) });
    const read = (ref: CellRef) => {
      const found = index.cell(at(ref));
      if (!found) throw new Error(`${index.edition.id} check ${spec.id}: no cell ${ref.table}/${ref.row}/${at(ref).column}`);
      return ref.readAs ? { ...found, unit: ref.readAs } : found;
    };
    const name = (ref: CellRef) => `${ref.table}/${ref.row}/${at(ref).column}`;
    if (spec.kind === 'sum') {
      const totalCell = typeof spec.total === 'number' ? null : read(spec.total);
      if (totalCell && totalCell.value === null) continue;
      const unit: Unit = totalCell?.unit ?? read(spec.terms[0]!.ref).unit;
      const expected = totalCell ? (totalCell.value as number) : (spec.total as number);
      const found = roundNoise(
        spec.terms.reduce((acc, term) => {
          const c = read(term.ref);
          return acc + term.sign * convert(c.value ?? 0, c.unit, unit);
        }, 0),
      );
      const cells = [...(typeof spec.total === 'number' ? [] : [name(spec.total)]), ...spec.terms.map((t) => name(t.ref))];
      results.push(result(spec, column, expected, found, unit, cells));
    } else if (spec.kind === 'equal') {
      const left = read(spec.left);
      const right = read(spec.right);
      if (left.value === null || right.value === null) continue;
      const found = roundNoise((spec.factor ?? 1) * convert(right.value, right.unit, left.unit));
      results.push(result(spec, column, left.value, found, left.unit, [name(spec.left), name(spec.right)]));
    } else {
      const printed = typeof spec.share === 'number' ? null : read(spec.share);
      const numerator = read(spec.numerator);
      const denominator = read(spec.denominator);
      if ((printed && printed.value === null) || numerator.value === null || denominator.value === null || denominator.value === 0) continue;
      const expected = printed ? (printed.value as number) : (spec.share as number);
      const found = roundNoise(((spec.factor ?? 1) * convert(numerator.value, numerator.unit, denominator.unit)) / denominator.value);
      const cells = [...(typeof spec.share === 'number' ? [] : [name(spec.share)]), name(spec.numerator), name(spec.denominator)];
      results.push(result(spec, column, expected, found, printed?.unit ?? 'SHARE', cells));
    }
  }
  return results;
}

function result(spec: CheckSpec, column: string, expected: number, found: number, unit: Unit, cells: string[]): Raw {
  return {
    id: `${spec.id}@${column}`,
    table: cells[0]?.split('/')[0] ?? spec.id,
    title: spec.title,
    column,
    expected,
    found,
    difference: roundNoise(found - expected),
    tolerance: spec.tolerance ?? 0,
    unit: UNIT_LABEL[unit],
    cells,
  };
}

function refsOf(spec: CheckSpec): CellRef[] {
  if (spec.kind === 'sum') return [...(typeof spec.total === 'number' ? [] : [spec.total]), ...spec.terms.map((t) => t.ref)];
  if (spec.kind === 'equal') return [spec.left, spec.right];
  return [...(typeof spec.share === 'number' ? [] : [spec.share]), spec.numerator, spec.denominator];
}

/** Columns of the first referenced table, when a check does not name them. */
function columnsOf(index: EditionIndex, spec: CheckSpec): readonly string[] {
  const ref = spec.kind === 'sum' ? (typeof spec.total === 'number' ? spec.terms[0]!.ref : spec.total) : spec.kind === 'equal' ? spec.left : spec.numerator;
  return index.table(ref.table)?.columns ?? [];
}

function resolveColumn(index: EditionIndex, ref: CellRef, column: string): string {
  if (ref.column === '{col}') return column;
  if (ref.column === '{prev}') {
    const columns = index.table(ref.table)?.columns ?? [];
    const at = columns.indexOf(column);
    return at > 0 ? columns[at - 1]! : `before ${column}`;
  }
  return ref.column;
}
