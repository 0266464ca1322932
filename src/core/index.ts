/**
 * The pure core: published editions, the chain model, the data check and the
 * sheet descriptions. Imports neither Office.js, React nor browser globals.
 */
export type * from './edition/types';
export * from './edition/result';
export { describeError, type Language } from './edition/messages';
export { SUBJECTS, subjectName, type Subject } from './edition/subjects';
export { normalizeKey } from './edition/normalizeKey';
export { indexEdition } from './edition/editionIndex';
export { budgetLine, indPrice, indProduct, mppFigure, odaFigure, publishedFigure, seriesFigure, tableOf } from './edition/lookup';
export { baseValue, cents, euros } from './edition/money';
export { convert, isMoney, UNIT_LABEL } from './edition/units';
export { LIMITS, nonNegative, positive, refusal, wholeYear, withinLimit } from './edition/validate';
export { DEFAULT_EDITION, editionById, EDITIONS, newestOf, OB2025 } from './editions';
export { AUDITED_EDITIONS, OB2025_AUDITED } from './editions/audited';
export { indCapacity, indCost, indCostAt } from './ind/indCost';
export { coaBeds, coaBedsChecked, impliedStayMonths } from './coa/coaBeds';
export { coaOccupancy, coaOccupancyChecked } from './coa/coaOccupancy';
export { coaCost, coaCostAt, coaPricePerBed } from './coa/coaPrice';
export { nidosCost, nidosCostAt, nidosUnitCosts } from './nidos/nidosCost';
export { odaItems, odaTotal, type OdaItem } from './oda/odaShares';
export { cut, cutOrganisation, type CutOrganisation } from './cuts/cut';
export * from './chain';
export type { ChainDrivers as Drivers } from './chain';
export { runChecks } from './checks/runChecks';
export type { CheckResult, CheckStatus } from './checks/types';
export { countChecks, groupFindings, type CheckCounts, type FindingGroup } from './checks/findings';
