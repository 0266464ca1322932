import type { Edition, IndProduct } from '../edition/types';
import { calibrate } from './calibration';
import { IND_PRODUCTS } from '../edition/products';
import { presetDrivers, type ChainDrivers } from './drivers';
import { IND_PRICE_DRIVER } from './driverDeclarations';
import { ORGANISATIONS, type Organisation } from './types';

/** Need, budget and gap of one organisation (or the chain) in a year, with the gap decomposed (§4). Euros, unrounded. */
export interface GapLine {
  readonly need: number;
  readonly budget: number;
  /** need − budget: positive is a shortfall. */
  readonly gap: number;
  /** (a) the cut part, while the switch is on. */
  readonly cut: number;
  /** (b) basis need − (Tabel 4 + cut part): not aligned to the MPP, reversion to the Rijksbegroting 2024 starting points. */
  readonly reversion: number;
  /** (s) scenario need − basis need (same price variant). */
  readonly scenario: number;
  /** (c) what is left: 0 per organisation; at chain level the cut on other lines. */
  readonly residual: number;
}

export interface ChainYear {
  readonly year: number;
  /** A × f_A. */
  readonly asylumInflow: number;
  /** I = A × f_A × r. */
  readonly coaInflow: number;
  /** O × f_O. */
  readonly coaOutflow: number;
  /** B = B(y−1) + I − O. */
  readonly occupancy: number;
  /** B / O × 12, months; null without outflow. */
  readonly impliedStayMonths: number | null;
  readonly pricePerBed: number;
  readonly ind: { readonly volume: Readonly<Record<IndProduct, number>>; readonly pxq: Readonly<Record<IndProduct, number>>; readonly fixed: number; readonly leges: number };
  readonly nidos: { readonly pupils: number; readonly inCare: number; readonly inflow: number };
  readonly org: Readonly<Record<Organisation, GapLine>>;
  readonly chain: GapLine;
  /** Tabel 7 × first-year inflow index (§8). */
  readonly odaEstimate: number;
  /** (A(y−1) + A(y)) / (A(first−1) + A(first)). */
  readonly odaIndex: number;
}

/** Zero to the cent is zero: removes float noise without rounding real amounts. */
const tidy = (v: number): number => (Math.abs(v) < 0.005 ? 0 : v);

export class NegativeOccupancyError extends Error {}

interface Needs {
  readonly asylumInflow: number[];
  readonly coaInflow: number[];
  readonly coaOutflow: number[];
  readonly occupancy: number[];
  readonly need: Record<Organisation, number[]>;
  readonly ind: ChainYear['ind'][];
  readonly nidos: ChainYear['nidos'][];
}

/** Volumes and need per organisation from the drivers alone (§2, §3): never a budget of a non-aligned year. */
function needs(edition: Edition, d: ChainDrivers): Needs {
  const cal = calibrate(edition);
  const y = d.year;
  const fA = d.single.inflowFactor;
  const fO = d.single.outflowFactor;
  const asylumInflow = d.years.map((_, i) => y.asylumInflow[i]! * fA);
  const coaInflow = asylumInflow.map((a, i) => a * y.coaInflowRatio[i]!);
  const coaOutflow = d.years.map((_, i) => y.coaOutflow[i]! * fO);
  const occupancy: number[] = [];
  d.years.forEach((year, i) => {
    const b = (i === 0 ? d.single.startOccupancy : occupancy[i - 1]!) + coaInflow[i]! - coaOutflow[i]!;
    if (b < 0) throw new NegativeOccupancyError(`Gemiddelde bezetting ${year} wordt negatief (${Math.round(b)}): de uitstroom is groter dan de bezetting plus de instroom.`);
    occupancy.push(b);
  });
  const kostprijs = Object.fromEntries(IND_PRODUCTS.map((p) => [p, y[IND_PRICE_DRIVER[p]]])) as Record<IndProduct, readonly number[]>;
  const count: Record<IndProduct, readonly number[]> = { asiel: asylumInflow, regulier: y.indRegularCount, naturalisatie: y.indNaturalisationCount };
  const ind = d.years.map((_, i) => {
    const volume = Object.fromEntries(IND_PRODUCTS.map((p) => [p, cal.ind.perCount[p][i]! * count[p][i]!])) as Record<IndProduct, number>;
    const pxq = Object.fromEntries(IND_PRODUCTS.map((p) => [p, volume[p] * kostprijs[p][i]!])) as Record<IndProduct, number>;
    const fixed = y.indKetenondersteuning[i]! + y.indLumpsum[i]! + y.indSpecifiek[i]! + y.indOek[i]! + y.indDwangsommen[i]!;
    return { volume, pxq, fixed, leges: y.indLeges[i]! };
  });
  const nidos = d.years.map((_, i) => ({
    pupils: cal.nidos.ratio.pupils[i]! * occupancy[i]!,
    inCare: cal.nidos.ratio.inCare[i]! * occupancy[i]!,
    inflow: cal.nidos.ratio.inflow[i]! * asylumInflow[i]!,
  }));
  return {
    asylumInflow,
    coaInflow,
    coaOutflow,
    occupancy,
    ind,
    nidos,
    need: {
      coa: occupancy.map((b, i) => b * y.pricePerBed[i]!),
      ind: ind.map((v) => v.pxq.asiel + v.pxq.regulier + v.pxq.naturalisatie + v.fixed - v.leges),
      nidos: nidos.map((v, i) => v.pupils * y.nidosGuidance[i]! + v.inCare * y.nidosCare[i]! + v.inflow * y.nidosIntake[i]!),
    },
  };
}

/**
 * The chain projection (chain-model.md §2–§5, §8). Pure. The basis drivers
 * reproduce Tabel 4 for COA, IND and Nidos in the aligned years; later years
 * price the MPP's volumes and name the gap: (a) cut, (b) reversion, (c)
 * residual, (s) scenario effect. Throws NegativeOccupancyError when the flows
 * empty the reception below zero (an error, not a number).
 */
export function projectChain(edition: Edition, drivers: ChainDrivers): ChainYear[] {
  const cal = calibrate(edition);
  if (drivers.years.join() !== cal.years.join()) throw new Error(`drivers for ${drivers.years.join(', ')}, edition ${edition.id} projects ${cal.years.join(', ')}`);
  const scenario = needs(edition, drivers);
  const basis = needs(edition, presetDrivers(edition, 'basis', drivers.priceVariant));
  const cutOn = drivers.single.cutApplied !== 0;
  const first = cal.mpp.asylumInflowBefore + cal.mpp.asylumInflow[0]!;
  return drivers.years.map((year, i) => {
    // Unrounded, but float noise below half a cent (1e-7 € from 866.372.000,0000001) is 0: no "gap" in an aligned year.
    const line = (org: Organisation): GapLine => {
      const need = tidy(scenario.need[org][i]!);
      const basisNeed = tidy(basis.need[org][i]!);
      const part = cal.cutPart[org][i]!;
      const budget = cal.budget[org][i]! + (cutOn ? 0 : part);
      const gap = tidy(need - budget);
      const cut = cutOn ? part : 0;
      const reversion = tidy(basisNeed - (cal.budget[org][i]! + part));
      const effect = tidy(need - basisNeed);
      return { need, budget, gap, cut, reversion, scenario: effect, residual: tidy(gap - cut - reversion - effect) };
    };
    const org = { coa: line('coa'), ind: line('ind'), nidos: line('nidos') };
    const sum = (k: keyof GapLine): number => tidy(ORGANISATIONS.reduce((s, o) => s + org[o][k], 0));
    const chainCut = cutOn ? cal.cutTotal[i]! : 0;
    const chainGap = sum('gap');
    const chain: GapLine = {
      need: sum('need'),
      budget: sum('budget'),
      gap: chainGap,
      cut: chainCut,
      reversion: sum('reversion'),
      scenario: sum('scenario'),
      residual: tidy(chainGap - chainCut - sum('reversion') - sum('scenario')),
    };
    const previous = i === 0 ? cal.mpp.asylumInflowBefore : scenario.asylumInflow[i - 1]!;
    const odaIndex = (previous + scenario.asylumInflow[i]!) / first;
    const out = scenario.coaOutflow[i]!;
    return {
      year,
      asylumInflow: scenario.asylumInflow[i]!,
      coaInflow: scenario.coaInflow[i]!,
      coaOutflow: out,
      occupancy: scenario.occupancy[i]!,
      impliedStayMonths: out > 0 ? (scenario.occupancy[i]! / out) * 12 : null,
      pricePerBed: drivers.year.pricePerBed[i]!,
      ind: scenario.ind[i]!,
      nidos: scenario.nidos[i]!,
      org,
      chain,
      odaEstimate: cal.oda.reduce((s, item) => s + item.amount, 0) * odaIndex,
      odaIndex,
    };
  });
}
