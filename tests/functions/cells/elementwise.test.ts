import { fail, ok } from '../../../src/core';
import { elementwise, MAX_CELLS } from '../../../src/functions/cells/elementwise';
import { numberReader } from '../../../src/functions/cells/readers';
import { expectError } from '../support';

const add = (a: unknown, b: unknown) => elementwise({ name: 'TEST.ADD', language: 'nl', readers: [numberReader('inflow'), numberReader('outflow')] as const, compute: (x: number, y: number) => x + y }, [a, b]);

describe('elementwise', () => {
  it('broadcasts a single cell against a range, keeping the range shape', () => {
    expect(add([[1], [2], [3]], [[10]])).toEqual([[11], [12], [13]]);
    expect(add([[10]], [[1, 2, 3]])).toEqual([[11, 12, 13]]);
  });
  it('goes elementwise over ranges of the same shape', () => {
    expect(
      add(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [10, 20],
          [30, 40],
        ],
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });
  it('spills a grid for a column against a row, as Excel does (=A1:A3+B1:C1)', () => {
    expect(add([[1], [2], [3]], [[10, 20]])).toEqual([
      [11, 21],
      [12, 22],
      [13, 23],
    ]);
    expect(add([[1, 2]], [[10], [20]])).toEqual([
      [11, 12],
      [21, 22],
    ]);
  });
  it('answers #N/A, naming the shapes, past the end of the shorter range, as Excel does (=A1:A3+B1:B2)', () => {
    const result = add([[1], [2], [3]], [[1], [2]]);
    expect(result.slice(0, 2)).toEqual([[2], [4]]);
    expectError(result[2]![0], '#N/A', '3x1', '2x1', 'TEST.ADD');
    const wide = add(
      [[1, 2, 3]],
      [
        [10, 20],
        [30, 40],
      ],
    );
    expect(wide.map((r) => r.slice(0, 2))).toEqual([
      [11, 22],
      [31, 42],
    ]);
    expectError(wide[0]![2], '#N/A');
    expectError(wide[1]![2], '#N/A');
  });
  it('puts a bad cell error in that cell only', () => {
    const result = add([[1], ['1.000'], [3], [null]], [[1]]);
    expect(result[0]![0]).toBe(2);
    expectError(result[1]![0], '#VALUE!', '1.000');
    expect(result[2]![0]).toBe(4);
    expectError(result[3]![0], '#VALUE!', 'ontbreekt');
  });
  it('accepts bare scalars and 1-D arrays as hosts other than Excel pass them', () => {
    expect(add(1, 2)).toEqual([[3]]);
    expect(add([1, 2], 1)).toEqual([[2, 3]]);
  });
  it('refuses more than MAX_CELLS cells with a message', () => {
    const tall = Array.from({ length: MAX_CELLS + 1 }, () => [1]);
    const result = add(tall, [[1]]);
    expectError(result[0]![0], '#VALUE!', String(MAX_CELLS));
  });
  it('never returns NaN, Infinity or -0', () => {
    const over = elementwise({ name: 'T', language: 'en', readers: [numberReader('beds')] as const, compute: (x: number) => x * 1e308 }, [[[10], [-0]]]);
    expectError(over[0]![0], '#VALUE!', 'too large');
    expect(Object.is(over[1]![0], 0)).toBe(true);
  });
  it('turns core Results into values or errors, and a thrown defect into an error in that cell', () => {
    const result = elementwise(
      {
        name: 'T',
        language: 'en',
        readers: [numberReader('beds')] as const,
        compute: (x: number) => {
          if (x === 1) return ok(5);
          if (x === 2) return fail('notAvailable', 'unknownKey', { what: 'ding', given: 'x', accepted: ['a', 'b'] });
          throw new Error('boom');
        },
      },
      [[[1], [2], [3]]],
    );
    expect(result[0]![0]).toBe(5);
    expectError(result[1]![0], '#N/A', 'Unknown ding', 'a, b');
    expectError(result[2]![0], '#VALUE!', 'internal error', 'boom');
  });
  describe('one range against single cells (the fast path): the same answers as cell by cell', () => {
    const three = (a: unknown, b: unknown, c: unknown) =>
      elementwise({ name: 'TEST.SUM3', language: 'en', readers: [numberReader('inflow'), numberReader('stay'), numberReader('outflow')] as const, compute: (x: number, y: number, z: number) => x + y + z }, [a, b, c]);
    it('reports a bad single argument before the range in every cell, as the argument order says', () => {
      const result = three([['x']], [[1], ['y'], [3]], [[1]]);
      for (const row of result) expectError(row[0], '#VALUE!', 'inflow', '"x"');
    });
    it('reports a bad cell of the range before a bad single argument after it, and that argument in the good cells', () => {
      const result = three([[1]], [[1], ['y'], [3]], [['z']]);
      expectError(result[0]![0], '#VALUE!', 'outflow', '"z"');
      expectError(result[1]![0], '#VALUE!', 'length of stay', '"y"');
      expectError(result[2]![0], '#VALUE!', 'outflow', '"z"');
    });
    it('answers a range of any shape, a ragged row reading as empty cells', () => {
      expect(three([[1]], [[1, 2, 3]], [[10]])).toEqual([[12, 13, 14]]);
      const grid = three(
        [[100]],
        [
          [1, 2],
          [3, 4],
        ],
        [[0]],
      );
      expect(grid).toEqual([
        [101, 102],
        [103, 104],
      ]);
      const ragged = three([[1]], [[1, 2], [3]], [[1]]);
      expect(ragged[0]).toEqual([3, 4]);
      expect(ragged[1]![0]).toBe(5);
      expectError(ragged[1]![1], '#VALUE!', 'missing');
    });
    it('gives, cell for cell, what the same call with the range as single cells gives', () => {
      const cells: unknown[] = [0, 7, -3, 2.5, '12', '', null, true, Number.NaN, 1e309, { type: 'Error', errorType: 'Div0' }, 'x'];
      const column = cells.map((c) => [c]);
      for (const single of [[[1]], [['a']], [[null]]]) {
        const whole = three(single, column, [[2]]);
        cells.forEach((cell, i) => expect(whole[i]).toEqual(three(single, [[cell]], [[2]])[0]));
        const last = three([[2]], single, column);
        cells.forEach((cell, i) => expect(last[i]).toEqual(three([[2]], single, [[cell]])[0]));
      }
    });
  });
});
