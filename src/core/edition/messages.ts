import type { CoreError } from './result';
import { subjectName } from './subjects';

export type Language = 'nl' | 'en';

const list = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

/** What a driver expression may not contain, worded per language (param `construct`). */
const EXPRESSION_CONSTRUCTS: Record<string, Record<Language, string>> = {
  function: { nl: 'functieaanroepen', en: 'function calls' },
  assignment: { nl: 'toewijzingen en definities', en: 'assignments and definitions' },
  symbol: { nl: 'andere namen dan basis', en: 'names other than basis' },
  accessor: { nl: 'eigenschappen en indexen (a.b, a[1])', en: 'properties and indexes (a.b, a[1])' },
  collection: { nl: 'lijsten, matrices, objecten en reeksen', en: 'lists, matrices, objects and ranges' },
  text: { nl: 'tekst tussen aanhalingstekens', en: 'quoted text' },
  operator: { nl: 'andere bewerkingen', en: 'other operators' },
  comment: { nl: 'opmerkingen met #', en: 'comments with #' },
  radix: { nl: 'hexadecimale, binaire en octale getallen (0x, 0b, 0o)', en: 'hexadecimal, binary and octal numbers (0x, 0b, 0o)' },
  implicit: { nl: 'getallen of namen zonder bewerking ertussen', en: 'numbers or names without an operator between them' },
  percent: { nl: 'percentages op deze plaats', en: 'percentages in this position' },
  other: { nl: 'andere constructies', en: 'other constructs' },
};
const construct = (p: CoreError['params'], language: Language): string => (EXPRESSION_CONSTRUCTS[String(p.construct)] ?? EXPRESSION_CONSTRUCTS.other)![language];
/** Why text is not an expression at all (param `reason`, with the offending `name`). */
const SYNTAX_REASONS: Record<string, Record<Language, (name: string) => string>> = {
  unexpectedEnd: { nl: () => 'de formule houdt te vroeg op', en: () => 'the expression ends too early' },
  unexpected: { nl: (n) => `"${n}" staat op een onverwachte plaats`, en: (n) => `"${n}" is out of place` },
  unclosed: { nl: () => 'een haakje wordt niet gesloten', en: () => 'a bracket is not closed' },
  unopened: { nl: () => 'een sluithaakje zonder openingshaakje', en: () => 'a closing bracket without an opening one' },
  trailingSeparator: { nl: (n) => `het getal ${n} eindigt op een scheidingsteken`, en: (n) => `the number ${n} ends in a separator` },
  leadingSeparator: { nl: (n) => `een getal begint met "${n}" (schrijf 0${n}5)`, en: (n) => `a number starts with "${n}" (write 0${n}5)` },
  severalSeparators: {
    nl: (n) => `${n} heeft meer dan één scheidingsteken; schrijf getallen zonder duizendtallenscheiding`,
    en: (n) => `${n} has more than one separator; write numbers without thousands separators`,
  },
  character: { nl: (n) => `het teken ${n} hoort niet in een formule`, en: (n) => `the character ${n} does not belong in an expression` },
};
const syntaxReason = (p: CoreError['params'], language: Language): string => {
  const reason = SYNTAX_REASONS[String(p.reason)];
  return reason ? ` (${reason[language](String(p.name ?? ''))})` : '';
};
const ALLOWED = {
  nl: 'Toegestaan: getallen, + - * / ^, haakjes, basis en percentages (-10%, basis * 80%).',
  en: 'Allowed: numbers, + - * / ^, parentheses, basis and percentages (-10%, basis * 80%).',
};

/** Every user-facing error message, in one place, in Dutch and English. */
const TEXT: Record<CoreError['code'], Record<Language, (p: CoreError['params']) => string>> = {
  unknownKey: {
    nl: (p) => `Onbekend(e) ${p.what} "${p.given}". Kies uit: ${list(p.accepted)}.`,
    en: (p) => `Unknown ${p.what} "${p.given}". Use one of: ${list(p.accepted)}.`,
  },
  ambiguousKey: {
    nl: (p) => `"${p.given}" is niet eenduidig als ${p.what}. Gebruik een begrotingsnummer: ${list(p.accepted)}.`,
    en: (p) => `"${p.given}" is ambiguous as ${p.what}. Use a budget number: ${list(p.accepted)}.`,
  },
  ambiguousName: {
    nl: (p) => `"${p.given}" past bij meer dan één ${p.what}: ${list(p.accepted)}. Typ er één zoals hier genoemd.`,
    en: (p) => `"${p.given}" fits more than one ${p.what}: ${list(p.accepted)}. Type one as named here.`,
  },
  unknownYear: {
    nl: (p) => `Geen cijfer voor ${p.what}${p.row ? ` "${p.row}"` : ''} in jaar ${p.given}. Beschikbare jaren: ${list(p.accepted)}.`,
    en: (p) => `No figure for ${p.what}${p.row ? ` "${p.row}"` : ''} in year ${p.given}. Years available: ${list(p.accepted)}.`,
  },
  notANumber: {
    nl: (p) => `${p.what}: "${p.given}" is geen getal. Geef een getal of een cel met een getal.`,
    en: (p) => `${p.what}: "${p.given}" is not a number. Give a number or a cell holding one.`,
  },
  ambiguousNumberText: {
    nl: (p) => `${p.what}: tekst "${p.given}" kan in Nederlandse en Engelse Excel een ander getal zijn. Typ het getal zonder aanhalingstekens.`,
    en: (p) => `${p.what}: text "${p.given}" means different numbers in Dutch and English Excel. Type the number without quotes.`,
  },
  negative: {
    nl: (p) => `${p.what} mag niet negatief zijn (${p.given}).`,
    en: (p) => `${p.what} cannot be negative (${p.given}).`,
  },
  notWhole: {
    nl: (p) => `${p.what} moet een geheel getal zijn (${p.given}).`,
    en: (p) => `${p.what} must be a whole number (${p.given}).`,
  },
  tooLarge: {
    nl: (p) => `${p.what} is te groot (${p.given}); het maximum is ${p.max}.`,
    en: (p) => `${p.what} is too large (${p.given}); the maximum is ${p.max}.`,
  },
  empty: {
    nl: (p) => `${p.what} ontbreekt (lege cel of 0).`,
    en: (p) => `${p.what} is missing (empty cell or 0).`,
  },
  notText: {
    nl: (p) => `${p.what} moet tekst zijn, niet ${p.given}.`,
    en: (p) => `${p.what} must be text, not ${p.given}.`,
  },
  upstreamError: {
    nl: (p) => `${p.what}: de invoercel bevat al een fout (${p.given}).`,
    en: (p) => `${p.what}: the input cell already holds an error (${p.given}).`,
  },
  zeroDivisor: {
    nl: (p) => `${p.what} mag niet nul zijn.`,
    en: (p) => `${p.what} cannot be zero.`,
  },
  tooMuchInput: {
    nl: (p) => `${p.what} is te groot${p.cells ? ` (${p.cells} cellen)` : ''}; het maximum is ${p.max}.`,
    en: (p) => `${p.what} is too large${p.cells ? ` (${p.cells} cells)` : ''}; the maximum is ${p.max}.`,
  },
  expressionSyntax: {
    nl: (p) => `${p.what}: "${p.given}" is geen geldige formule${syntaxReason(p, 'nl')}. ${ALLOWED.nl}`,
    en: (p) => `${p.what}: "${p.given}" is not a valid expression${syntaxReason(p, 'en')}. ${ALLOWED.en}`,
  },
  expressionNotAllowed: {
    nl: (p) => `${p.what}: ${construct(p, 'nl')} zijn niet toegestaan${p.name ? ` (${p.name})` : ''}. ${ALLOWED.nl}`,
    en: (p) => `${p.what}: ${construct(p, 'en')} are not allowed${p.name ? ` (${p.name})` : ''}. ${ALLOWED.en}`,
  },
  expressionBarePercent: {
    nl: (p) => `${p.what}: "${p.given}" is niet eenduidig. Schrijf +${p.given} of -${p.given} voor een verandering ten opzichte van de basis, of basis * ${p.given} voor een deel ervan.`,
    en: (p) => `${p.what}: "${p.given}" is ambiguous. Write +${p.given} or -${p.given} for a change from basis, or basis * ${p.given} for a share of it.`,
  },
  ambiguousThousands: {
    nl: (p) => `${p.what}: "${p.given}" is niet eenduidig. Schrijf ${p.asWhole} (zonder punt voor duizendtallen) of ${String(p.asDecimal).replace('.', ',')} (met decimale komma).`,
    en: (p) => `${p.what}: "${p.given}" is ambiguous. Write ${p.asWhole} (no thousands separator) or ${p.asDecimal} (decimal point).`,
  },
  notFinite: {
    nl: (p) => `${p.what}: de uitkomst van "${p.given}" is geen eindig getal (te groot of deling door nul).`,
    en: (p) => `${p.what}: "${p.given}" does not give a finite number (too large or division by zero).`,
  },
  numberAsText: {
    nl: (p) => `${p.what}: "${p.given}" is tekst, geen getal. Typ het getal zonder aanhalingstekens of maak de cel een getal.`,
    en: (p) => `${p.what}: "${p.given}" is text, not a number. Type the number without quotes or make the cell a number.`,
  },
  logicalGiven: {
    nl: (p) => `${p.what}: een logische waarde (${p.given}) is hier niet toegestaan.`,
    en: (p) => `${p.what}: a logical value (${p.given}) is not accepted here.`,
  },
  shapeMismatch: {
    nl: (p) => `${p.what}: de bereiken hebben verschillende afmetingen (${p.given}). Geef bereiken van gelijke grootte of één cel.`,
    en: (p) => `${p.what}: the ranges differ in size (${p.given}). Give ranges of the same size or a single cell.`,
  },
  dataType: {
    nl: (p) => `${p.what}: de cel bevat een gegevenstype (${p.given}) zonder waarde om mee te rekenen. Verwijs naar een veld ervan (bijv. =A1.Prijs) of typ de waarde.`,
    en: (p) => `${p.what}: the cell holds a data type (${p.given}) without a value to compute with. Refer to one of its fields (e.g. =A1.Price) or type the value.`,
  },
  outsideRange: {
    nl: (p) => `${p.what}: geen waarde in deze cel: een bereik is korter dan de uitkomst (${p.given} → ${p.shape}), zoals Excel zelf #N/B geeft. Geef bereiken van gelijke grootte, één rij tegen één kolom, of één cel.`,
    en: (p) => `${p.what}: no value in this cell: a range is shorter than the result (${p.given} → ${p.shape}), as Excel itself gives #N/A. Give ranges of the same size, a row against a column, or a single cell.`,
  },
  internalError: {
    nl: (p) => `${p.what}: interne fout (${p.given}). Meld dit aan de beheerder van de invoegtoepassing.`,
    en: (p) => `${p.what}: internal error (${p.given}). Please report this to the add-in's maintainers.`,
  },
};

export function describeError(error: CoreError, language: Language = 'nl'): string {
  const params = 'what' in error.params ? { ...error.params, what: subjectName(error.params.what, language) } : error.params;
  return TEXT[error.code][language](shortened(params, language));
}

/** Longer texts are not echoed whole: a pasted megabyte must not come back into a cell (tests/hardening). */
const MAX_ECHO = 200;

function shortened(params: CoreError['params'], language: Language): CoreError['params'] {
  const long = Object.entries(params).filter(([, v]) => typeof v === 'string' && v.length > MAX_ECHO);
  if (long.length === 0) return params;
  const unit = language === 'nl' ? 'tekens' : 'characters';
  const short = Object.fromEntries(long.map(([k, v]) => [k, `${(v as string).slice(0, MAX_ECHO)}… (${(v as string).length} ${unit})`]));
  return { ...params, ...short };
}
