import type { Edition } from '../edition/types';
import { parameterList } from './parameters';
import { parametersSheet } from './parametersSheet';
import type { SheetDescription } from './types';

/** Identifiers in a formula that are neither strings, functions, sheet names nor cell references. */
const identifiers = (formula: string): string[] =>
  [
    ...formula
      .replace(/"(?:[^"]|"")*"/g, '""')
      .replace(/'(?:[^']|'')*'!/g, '')
      .matchAll(/[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.(!])/g),
  ].map((m) => m[0]);

/** The defined names (parameters) a description's formulas use. */
export function requiredNames(edition: Edition, description: SheetDescription): string[] {
  const known = new Set(parameterList(edition).map((p) => p.name));
  const used = new Set<string>();
  for (const cell of description.cells) if (cell.formula) for (const id of identifiers(cell.formula)) if (known.has(id)) used.add(id);
  return [...used].sort();
}

/**
 * The descriptions to write, in order: the parameters sheet first when any
 * description's formulas name a parameter (the 'excel' formula style), once.
 * The adapter skips it when the workbook already holds every name.
 */
export function workbookPlan(edition: Edition, descriptions: readonly SheetDescription[], writtenAt: string): SheetDescription[] {
  const hasParameters = descriptions.some((d) => d.kind === 'parameters');
  const needs = descriptions.some((d) => requiredNames(edition, d).length > 0);
  return needs && !hasParameters ? [parametersSheet(edition, { writtenAt }), ...descriptions] : [...descriptions];
}
