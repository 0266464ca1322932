/**
 * TRANSITIONAL (delete when the chain scenario sheet lands, branch h9): the
 * scenario sheet at this branch's base still takes the old per-year `Drivers`
 * of src/core/projection. The pane composes chain drivers (src/core/chain);
 * this turns them into the old shape through the chain projection, so the
 * written sheet carries the volumes the chain model gives for the typed
 * drivers. With h9's scenarioSheet (options.drivers: ChainDrivers) the
 * builder in planSheets passes the chain drivers straight through.
 */
import type { Drivers } from '../../core';
import { projectChain, type ChainDrivers } from '../../core/chain';
import type { Edition } from '../../core/edition/types';

export function legacyDrivers(edition: Edition, chain: ChainDrivers): Drivers {
  const outcome = projectChain(edition, chain);
  const y = chain.year;
  return {
    startOccupancy: chain.single.startOccupancy,
    cutApplied: chain.single.cutApplied !== 0,
    years: outcome.map((o, i) => ({
      year: o.year,
      asylumInflow: o.asylumInflow,
      coaInflow: o.coaInflow,
      coaOutflow: o.coaOutflow,
      stayMonths: o.impliedStayMonths ?? 0,
      pricePerBed: o.pricePerBed,
      indVolume: o.ind.volume,
      indPrice: { asiel: y.indPriceAsiel[i]!, regulier: y.indPriceRegulier[i]!, naturalisatie: y.indPriceNaturalisatie[i]! },
      indOther: o.ind.fixed - o.ind.leges,
      nidosPupils: o.nidos.pupils,
      nidosInCare: o.nidos.inCare,
      nidosInflow: o.nidos.inflow,
      nidosUnitCosts: { guidance: y.nidosGuidance[i]!, care: y.nidosCare[i]!, intake: y.nidosIntake[i]! },
    })),
  };
}
