import type { Language } from './messages';

/**
 * What a message is about — an argument or a looked-up figure — in both
 * languages (issue 10 item 2). Errors carry the key (`params.what`), and
 * describeError words it in the display language, so an English message never
 * names a Dutch argument. A `what` that is no key here (a function name such
 * as AENM.IND_COST, a printed table label) is shown as given.
 */
export const SUBJECTS = {
  applications: { nl: 'aantal aanvragen', en: 'number of applications' },
  budget: { nl: 'budget', en: 'budget' },
  indPrice: { nl: 'IND-kostprijs', en: 'IND cost price' },
  indProduct: { nl: 'IND-product', en: 'IND product' },
  inflow: { nl: 'instroom', en: 'inflow' },
  stay: { nl: 'verblijfsduur (maanden)', en: 'length of stay (months)' },
  previousOccupancy: { nl: 'bezetting vorig jaar', en: "previous year's occupancy" },
  outflow: { nl: 'uitstroom', en: 'outflow' },
  beds: { nl: 'bedden', en: 'beds' },
  pricePerBed: { nl: 'prijs per bed', en: 'price per bed' },
  pupils: { nl: 'pupillen', en: 'wards' },
  minorsInCare: { nl: 'amv in opvang', en: 'unaccompanied minors in care' },
  minorsInflow: { nl: 'instroom amv', en: 'inflow of unaccompanied minors' },
  year: { nl: 'jaar', en: 'year' },
  mppIndicator: { nl: 'MPP-kengetal', en: 'MPP indicator' },
  budgetLine: { nl: 'begrotingsregel', en: 'budget line' },
  odaItem: { nl: 'ODA-post', en: 'ODA item' },
  organisation: { nl: 'organisatie', en: 'organisation' },
  cut: { nl: 'taakstelling', en: 'cut' },
  indCut: { nl: 'IND-deel taakstelling', en: 'IND part of the cut' },
  coaContribution: { nl: 'COA-bijdrage', en: 'COA contribution' },
  coaOccupancy: { nl: 'COA-bezetting', en: 'COA occupancy' },
  nidosCost: { nl: 'Nidos-kosten', en: 'Nidos costs' },
  edition: { nl: 'editie', en: 'edition' },
} as const satisfies Record<string, Record<Language, string>>;

export type Subject = keyof typeof SUBJECTS;

const isSubject = (what: unknown): what is Subject => typeof what === 'string' && Object.prototype.hasOwnProperty.call(SUBJECTS, what);

/** The subject in the display language; anything else as given. */
export const subjectName = (what: unknown, language: Language): string => (isSubject(what) ? SUBJECTS[what][language] : String(what));
