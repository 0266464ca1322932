'use strict';
import { OB2025, OB2025_AUDITED } from '../../../src/core';

describe('a published edition is immutable', () => {
  it('throws when a figure is assigned', () => {
    const values = OB2025.tables.find((t) => t.id === 'tabel7')!.rows[0]!.values as number[];
    expect(() => {
      values[0] = 1;
    }).toThrow(TypeError);
    expect(values[0]).toBe(1718754);
  });

  it('throws when a row, a table or a discrepancy is added', () => {
    expect(() => (OB2025.tables as unknown[]).push({})).toThrow(TypeError);
    expect(() => (OB2025.tables[0]!.rows as unknown[]).push({})).toThrow(TypeError);
    expect(() => (OB2025_AUDITED.discrepancies as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (OB2025 as { id: string }).id = 'X';
    }).toThrow(TypeError);
  });
});
