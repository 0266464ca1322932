/** The chain model (chain-model.md): drivers declared once, calibration on the edition, projection, gap decomposition, cuts view, bands. */
export * from './types';
export { calibrate, type Calibration, type IndItemKey } from './calibration';
export { IND_PRODUCTS } from '../edition/products';
export {
  DRIVERS,
  SINGLE_DRIVERS,
  YEAR_DRIVERS,
  driverDeclaration,
  prefillContext,
  withinDriverLimits,
  type DriverDeclaration,
  type DriverKey,
  type DriverLimits,
  type DriverUnit,
  type PrefillContext,
  type SingleDriverDeclaration,
  type SingleDriverKey,
  type YearDriverDeclaration,
  type YearDriverKey,
} from './driverDeclarations';
export { driverCells, driverValue, presetDrivers, withDriver, type ChainDrivers } from './drivers';
export { NegativeOccupancyError, projectChain, type ChainYear, type GapLine } from './project';
export { budgetBuys, indShareText, type BudgetBuysYear } from './cutsView';
export { sensitivity, type Sensitivity } from './sensitivity';
export { bandFactors, bandOutcomes } from './bands';
export { carried, isPrinted, printed } from './published';
