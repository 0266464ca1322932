import { baseValue, budgetLine, cut, cutOrganisation, euros, map, mppFigure, odaFigure, type CutOrganisation, type Result } from '../../core';
import { elementwise, type Cell } from '../cells/elementwise';
import { CellFault, type Reader } from '../cells/fault';
import { memo1, memo2 } from '../cells/memo';
import { textParameter, textReader, yearParameter } from '../cells/readers';
import type { FunctionContext } from '../context';

/** Published figures by label and year: each distinct (label, year) is looked up once per call. */

const organisationText = textReader('organisation');

/** An MPP key figure (Tabel 6): a count, or a share (0,3 = 30%) for the return targets. */
export function mppCells(ctx: FunctionContext, indicator: unknown, year: unknown): Cell[][] {
  const lookup = memo2((key: string, y: number): Result<number> => map(mppFigure(ctx.edition, key, y), baseValue));
  return elementwise({ name: 'AENM.MPP', language: ctx.language, readers: [textParameter('mppIndicator'), yearParameter()] as const, compute: lookup }, [indicator, year]);
}

/** A Tabel 4 budget line in euros (the table prints x € 1.000). */
export function budgetCells(ctx: FunctionContext, line: unknown, year: unknown): Cell[][] {
  const lookup = memo2((key: string, y: number): Result<number> => map(budgetLine(ctx.edition, key, y), euros));
  return elementwise({ name: 'AENM.BUDGET', language: ctx.language, readers: [textParameter('budgetLine'), yearParameter()] as const, compute: lookup }, [line, year]);
}

/** A Tabel 7 ODA amount in euros. */
export function odaCells(ctx: FunctionContext, item: unknown): Cell[][] {
  const lookup = memo1((key: string): Result<number> => map(odaFigure(ctx.edition, key), euros));
  return elementwise({ name: 'AENM.ODA', language: ctx.language, readers: [textParameter('odaItem')] as const, compute: lookup }, [item]);
}

const organisationReader: Reader<CutOrganisation> = (cell) => {
  const text = organisationText(cell);
  if (text instanceof CellFault) return text;
  const organisation = cutOrganisation(text);
  return organisation.ok ? organisation.value : new CellFault(organisation.error);
};

/** The "Beperken asielinstroom" cut (€, negative); organisation "IND" gives the IND's part. */
export function cutCells(ctx: FunctionContext, year: unknown, organisation: unknown): Cell[][] {
  const lookup = memo2((y: number, o: CutOrganisation): Result<number> => cut(ctx.edition, y, o));
  return elementwise(
    {
      name: 'AENM.CUT',
      language: ctx.language,
      readers: [yearParameter(), textParameter('organisation', organisationReader, 'total' as CutOrganisation)] as const,
      compute: lookup,
    },
    [year, organisation],
  );
}
