import type { ChainSettings } from '../../edition/types';

/**
 * How the chain model calibrates on OB2025 (chain-model.md §1 P3, §2). Line
 * numbers ("L586") are lines of sources/003_0c14710b77761619.txt.
 */
export const chain: ChainSettings = {
  alignedThrough: 2026,
  alignedCitations: [
    'COA en Nidos: "De benodigde middelen zijn in deze begroting t/m 2026 verwerkt" (L586-590)',
    'IND: "de bijstelling van de financiering verwerkt t/m 2026 ... teruggevallen op de uitgangspunten uit de Rijksbegroting 2024" (L1135-1139)',
    'Alle regels: "niet meerjarig toegekend waardoor het budget vanaf 2027 een sterke daling laat zien" (L250-252)',
  ],
  priceVariant: 'A',
  indRegularRows: ['ind_regulier', 'ind_toelating_verblijf', 'ind_visa'],
  indNaturalisationRow: 'ind_naturalisatie',
  indPxq: {
    asiel: { table: 'tabel8', row: 'asiel', column: 'bedrag' },
    regulier: { table: 'tabel8', row: 'regulier', column: 'bedrag' },
    naturalisatie: { table: 'tabel8', row: 'naturalisatie', column: 'bedrag' },
  },
  indTurnover: { table: 'tabel15', row: 'omzet' },
  indItems: [
    { key: 'ketenondersteuning', ref: { table: 'tabel8', row: 'ketenondersteuning', column: 'bedrag' }, after: 'hold', laterStatus: 'aanname', citation: 'Tabel 8 (L725); vanaf 2026 aangehouden' },
    { key: 'lumpsum', ref: { table: 'tabel8', row: 'lumpsum', column: 'bedrag' }, after: 'hold', laterStatus: 'aanname', citation: 'Tabel 8 (L731); Tabel 15 houdt materiële kosten 2026-2029 gelijk (L1078)' },
    { key: 'specifiek', ref: { table: 'tabel8', row: 'specifiek', column: 'bedrag' }, after: 'hold', laterStatus: 'aanname', citation: 'Tabel 8 (L733); vanaf 2026 aangehouden' },
    { key: 'oek', ref: { table: 'tabel8', row: 'werkzaamheden_oek', column: 'bedrag' }, after: 'zero', laterStatus: 'aanname', citation: 'Tabel 8 (L735); verhoogd "in 2024 en 2025" (L707-709)' },
    { key: 'dwangsommen', ref: { table: 'tabel8', row: 'dwangsommen', column: 'bedrag' }, after: 'zero', laterStatus: 'aanname', citation: 'Tabel 8 (L737); Tabel 15 overige materiële kosten alleen in 2025 30.000 hoger (L1084)' },
    { key: 'leges', ref: { table: 'tabel8', row: 'leges', column: 'bedrag' }, after: 'hold', laterStatus: 'gepubliceerd', citation: 'Tabel 8 (L739); "vanaf 2025 € 60 mln." (L1163, L1170-1171)' },
  ],
  cutParts: { stepFrom: 2027, stepTo: 2028, tranche: { '2025': 0, '2026': 0, '2027': 1, '2028': 2, '2029': 2 } },
  indShareText: { table: 'tekst-korting-ind', row: 'aandeel_na_2027', column: '2028' },
  bands: { laag: { inflow: 0.8, outflow: 1.1 }, hoog: { inflow: 1.2, outflow: 0.9 } },
};
