/**
 * Fixed cells of a scenario sheet. The compare sheet, the task pane and a
 * later reader of the workbook find a scenario by these addresses, so they
 * change only with a new marker text.
 */
export const SCENARIO_MARKER = 'AENM-scenario';

export const SCENARIO_LAYOUT = {
  /** Holds SCENARIO_MARKER. */
  marker: 'A2',
  /** Holds the scenario's name. */
  name: 'B2',
  /** First year's column; the years follow to the right (C..G for 2025–2029). */
  firstYearColumn: 3,
  /** Header row of the drivers (inputs) block. */
  inputsHeader: 8,
  rows: {
    asylumInflow: 9,
    coaInflow: 10,
    coaOutflow: 11,
    stayMonths: 12,
    pricePerBed: 13,
    'indVolume.asiel': 14,
    'indVolume.regulier': 15,
    'indVolume.naturalisatie': 16,
    'indPrice.asiel': 17,
    'indPrice.regulier': 18,
    'indPrice.naturalisatie': 19,
    indOther: 20,
    nidosPupils: 21,
    nidosInCare: 22,
    nidosInflow: 23,
    'nidosUnitCosts.guidance': 24,
    'nidosUnitCosts.care': 25,
    'nidosUnitCosts.intake': 26,
    /** Single inputs in column C. */
    startOccupancy: 28,
    cutApplied: 29,
    outputsHeader: 31,
    occupancy: 32,
    steadyStateBeds: 33,
    impliedStayMonths: 34,
    coaCost: 35,
    indCost: 36,
    nidosCost: 37,
    total: 38,
    budget: 39,
    gap: 40,
    odaEstimate: 41,
    chartHeader: 43,
  },
} as const;

export const isScenarioMarker = (value: unknown): boolean => value === SCENARIO_MARKER;
