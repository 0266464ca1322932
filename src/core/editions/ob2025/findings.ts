import type { Finding } from '../../edition/types';

/**
 * The documented differences of OB2025, grouped: each source defect once, with
 * the arithmetic and the source lines ("r. 1285" is line 1285 of the source
 * text), and each relationship the budget does not claim (informatief) with the
 * reason it is no contradiction. Every discrepancy in `discrepancies.ts` names
 * one of these; a test keeps both lists in step.
 *
 * Grouping rule: one finding per printed figure, header or line that explains
 * the differences; one wrong unit header is one finding of 18 cells, one
 * printed row of Tabel 30 (6.37 and 20.37 verplichtingen) one of 7.
 */
export const findings: readonly Finding[] = [
  // ---- bronverschillen: the document contradicts itself where it claims equality
  {
    id: 'tabel7-totaal',
    verdict: 'bronverschil',
    title: 'Tabel 7: Totaal 1.833.252, de regels tellen op tot 1.833.251',
    explanation: '1.718.754 + 44.851 + 5.600 + 51.680 + 12.366 = 1.833.251; afgedrukt is 1.833.252 (afronding van de regels op € 1.000).',
    lines: [675, 685],
  },
  {
    id: 'tabel15-omzet-2024',
    verdict: 'bronverschil',
    title: 'Tabel 15: Omzet 2024 is 850.388, de "waarvan"-regels tellen op tot 853.888',
    explanation: 'Omzet moederdepartement 783.888 + omzet derden 70.000 = 853.888; afgedrukt 850.388 (3.500 minder). Totaal baten en Totaal lasten 2024 volgen de 850.388.',
    lines: [1051, 1053, 1056],
  },
  {
    id: 'tabel15-baten-2023',
    verdict: 'bronverschil',
    title: 'Tabel 15: Totaal baten 2023 is 1 hoger dan de regels',
    explanation: 'Omzet 796.433 + rentebaten 3.497 + vrijval voorzieningen 229 = 800.159; afgedrukt 800.160 (afronding).',
    lines: [1051, 1058, 1060, 1064],
  },
  {
    id: 'personele-kosten-2023',
    verdict: 'bronverschil',
    title: 'Tabel 15 en 17: Personele kosten 2023 is 1 hoger dan de regels',
    explanation: 'Eigen personeel 402.380 + inhuur externen 93.587 + overige personele kosten 4.391 = 500.358; Tabel 15 en Tabel 17 drukken allebei 500.359 af (afronding).',
    lines: [1070, 1072, 1074, 1076, 1193],
  },
  {
    id: 'tabel15-apparaatskosten-2023',
    verdict: 'bronverschil',
    title: 'Tabel 15: Apparaatskosten 2023 is 620.247, personele + materiële kosten geven 620.248',
    explanation:
      '500.359 + 119.889 = 620.248; afgedrukt 620.247. Totaal lasten 739.524 rekent wél met 620.248: 620.247 + 85.965 + 3.634 + 0 + 29.677 = 739.523. Eén cijfer (620.247 in plaats van 620.248) verklaart beide verschillen (afronding).',
    lines: [1068, 1070, 1078, 1086, 1088, 1100, 1106],
  },
  {
    id: 'tabel15-afschrijving-2024',
    verdict: 'bronverschil',
    title: 'Tabel 15: Afschrijvingskosten 2024 is 3.204, de regels zijn die van 2025 (6.000)',
    explanation: 'Materieel 2.000 + immaterieel 4.000 = 6.000; afgedrukt 3.204 (ook in Tabel 18, r. 1225).',
    lines: [1088, 1090, 1096, 1225],
  },
  {
    id: 'tabel16-afronding',
    verdict: 'bronverschil',
    title: 'Tabel 16: de regels wijken in vijf jaren 1 af van Omzet moederdepartement',
    explanation: 'Asiel + regulier + naturalisatie + specifiek incidenteel − leges: 2024 783.889 (afgedrukt 783.888), 2025 866.371 (866.372), 2026 809.633 (809.634), 2028 en 2029 317.407 (317.406); afronding.',
    lines: [1155, 1157, 1159, 1161, 1163, 1165],
  },
  {
    id: 'tabel30-verplichtingen',
    verdict: 'bronverschil',
    title: 'Tabel 30: de regel "Migratie verplichtingen" (6.37 en 20.37) past niet bij de verplichtingen van het hoofdstuk',
    explanation:
      'Artikel 37 is het enige artikel met een budget, maar 20.37 verplichtingen (328.848 in 2025) staat ver onder 20 AenM Verplichtingen en Tabel 4 Verplichtingen (9.490.898 in 2025); 6.37 (270.853 in 2023, 297.507 in 2024) ver onder 6 JenV Verplichtingen (7.370.474 en 9.418.106). Geen afgedrukte regel verklaart de bedragen.',
    lines: [495, 3564, 3566, 3578, 3584],
  },
  {
    id: 'tekst-869-mln-2026',
    verdict: 'bronverschil',
    title: 'Tekst: de bijdrage aan de IND "loopt op tot € 869 mln in 2026"; Tabel 16 drukt 809.634 af',
    explanation: 'Omzet moederdepartement 2026 is 809.634 en 2025 (866.372) is hoger; 869.634 is de omzet inclusief leges (Tabel 15 Omzet 2026).',
    lines: [1136, 1165, 1051],
  },
  {
    id: 'fte-2023',
    verdict: 'bronverschil',
    title: 'Tabel 17 en 19: aantal fte 2023 is 6.039 tegenover 5.067',
    explanation: 'Tabel 17 Aantal fte 2023 6.039, Tabel 19 FTE-totaal (excl. externe inhuur) 5.067 (972 minder); de andere jaren zijn gelijk.',
    lines: [1187, 1273],
  },
  {
    id: 'tabel19-eenheid',
    verdict: 'bronverschil',
    title: 'Tabel 19: Omzet staat onder "(x € 1 mln.)", maar 2024–2029 zijn de cijfers van Tabel 16 in x € 1.000',
    explanation: 'Bijvoorbeeld asiel 2025: Tabel 19 469.076 "x € 1 mln." (€ 469 mld.) tegenover Tabel 16 Omzet Asiel (pxq) 469.076 x € 1.000 (€ 469 mln.). Eén verkeerde eenheid in de kop raakt 3 producten × 6 jaren.',
    lines: [1285, 1295, 1303, 1155, 1157, 1159],
  },
  {
    id: 'tabel19-saldo-2023',
    verdict: 'bronverschil',
    title: 'Tabel 19: Saldo van baten en lasten 2023 "8.2% van de baten" is 7,6%',
    explanation: 'Saldo 60.636 / totaal baten 800.160 = 7,6%; 8,2% is het saldo als deel van de lasten (60.636 / 739.524).',
    lines: [1275, 1064, 1106, 1115],
  },
  {
    id: 'tabel18-ontvangsten',
    verdict: 'bronverschil',
    title: 'Tabel 18: ontvangsten operationele kasstroom 2027–2029 bevatten het IND-deel van de korting niet',
    explanation: 'Tabel 18 648.605 (2027) en 648.593 (2028, 2029) tegenover Tabel 15 Totaal baten 513.013 en 377.406: 135.592 en 271.187 meer, het IND-deel van de verlaging (tekst: € 135 mln. en € 271 mln.).',
    lines: [1218, 1064, 1142],
  },
  {
    id: 'tekst-1,3-mld-2029',
    verdict: 'bronverschil',
    title: 'Tekst bij Tabel 1: "naar € 1,3 mld. vanaf 2029"; Tabel 1 drukt 1.218.804 af',
    explanation: '1.218.804 x € 1.000 is € 1,2 mld., zoals de tekst bij Tabel 22 (r. 1429) zegt; verschil € 81 mln.',
    lines: [252, 234, 1429],
  },
  {
    id: 'tabel29-2025',
    verdict: 'bronverschil',
    title: 'Tabel 29 2025: de uitkeringen voor Oekraïense ontheemden zijn € 10,6 mln hoger dan de begrotingsregel',
    explanation:
      'A16 3.558 + A29 55,1 = 3.613,1 mln tegenover Tabel 4 / Tabel 30 Nationaal Programma Oekraïense Vluchtelingen (20.37.2.3.21) 3.602.515 x € 1.000: 10,585 mln meer, ver boven de afronding (± 0,55 mln). In 2024 klopt het: 3.385 + 52,2 = 3.437,2 tegenover 6.37.2.3.21 3.437.328. De tekst (r. 883–896) noemt precies deze regelingen als betaalweg van de regel.',
    lines: [3464, 3531, 515, 3665, 883, 896],
  },
  {
    id: 'tabel29-2026-2027',
    verdict: 'bronverschil',
    title: 'Tabel 29 2026–2027: A16 en A29 staan op 0,0 terwijl Tabel 4 de regel 3.716.988 en 1.152.348 geeft',
    explanation:
      'Tabel 4 Nationaal Programma Oekraïense Vluchtelingen (bijdrage aan medeoverheden, 20.37.2.3.21) begroot 3.716.988 (2026) en 1.152.348 (2027) x € 1.000; Tabel 29 drukt voor dezelfde regelingen (A16, A29) 0,0 af, terwijl de tekst (r. 883–896) zegt dat gemeenten en regionale openbare lichamen via deze regelingen worden betaald. De mutatie "Opvang ontheemden" van Tabel 1 (3.041.000 in 2026, 1.168.000 in 2027) is er volgens de toelichting (r. 278–282) juist om "de opvang door gemeenten ook te bekostigen".',
    lines: [3464, 3531, 515, 3665, 883, 896, 230, 278, 282],
  },
  {
    id: 'tabel19-omzet-2024',
    verdict: 'bronverschil',
    title: 'Tabel 19 2024: de omzet per product laat de specifiek incidentele omzet (146.641) weg, 2023 telt hem mee',
    explanation:
      'De tekst (r. 1124): "In de tabel doelmatigheidsindicatoren is de omzet gesplitst naar hoofdproduct". 2023: 398 + 358 + 36 = 792 mln = Tabel 16 pxq 580.823 + specifiek incidenteel 211.136 = 791.959. 2024: 351.796 + 325.596 + 29.856 = 707.248, alleen de pxq van Tabel 16; specifiek incidenteel 146.641 ontbreekt.',
    lines: [1124, 1285, 1295, 1303, 1155, 1157, 1159, 1161],
  },
  {
    id: 'tekst-8,8-mln-2025',
    verdict: 'bronverschil',
    title: 'Tekst: IND-budget "in 2024 en 2025 verhoogd met € 8,8 mln" voor Oekraïners; Tabel 16 specifiek incidenteel 2025 is 0',
    explanation:
      'r. 707–709 verhoogt het budget ook in 2025 met € 8,8 mln (Tabel 8: Werkzaamheden OEK 8.842). De toelichting bij Tabel 16 (r. 1146–1150) boekt deze "specifieke middelen" voor Oekraïners als incidentele omzet "in deze jaren incidenteel hoger dan vanaf 2025", en Tabel 16 drukt Omzet Specifiek incidenteel 2025 af als 0.',
    lines: [707, 708, 709, 733, 1146, 1150, 1161],
  },

  // ---- informatief: relationships the budget does not claim
  {
    id: 'asielinstroom-76050',
    verdict: 'informatief',
    title: 'IND bekostigd voor 76.050 asielaanvragen (tekst) naast MPP-asielinstroom 76.400 (Tabel 6)',
    explanation: 'Geen tegenspraak: de IND wordt bekostigd voor het behandelen van 76.050 aanvragen (48.020 + 1.500 + 3.230 + 23.300, r. 1129–1133); Tabel 6 geeft de asielinstroom van de MPP. De begroting stelt die twee nergens gelijk.',
    lines: [1129, 1130, 1131, 1132, 1133, 607],
  },
  {
    id: 'tabel8-tabel16-pxq',
    verdict: 'informatief',
    title: 'Tabel 8 productie (pxq) per product naast Tabel 16 Omzet (pxq) 2025',
    explanation:
      'Geen tegenspraak: Tabel 8 splitst de bekostiging in pxq, lumpsum, specifieke posten en dwangsommen; Tabel 16 verdeelt de hele omzet over de producten (r. 1121–1125). Asiel 384.180 + regulier 301.048 + naturalisatie 20.043 = 705.271 (Tabel 8) tegenover 469.076 + 423.369 + 33.926 = 926.371 (Tabel 16, ≈ Totale bekostiging 926.372).',
    lines: [719, 721, 723, 1121, 1125, 1155, 1157, 1159],
  },
  {
    id: 'ind-jenv-2023',
    verdict: 'informatief',
    title: 'Tabel 30 JenV-bijdrage IND 2023 (774.066) naast de omzet moederdepartement van de IND (721.066)',
    explanation:
      'Geen tegenspraak: Tabel 30 geeft de uitgaven (kasbasis) van het departement, Tabel 15/16 de omzet van het agentschap (baten-lastenstelsel); een betaling hoeft niet gelijk te zijn aan de omzet van hetzelfde jaar. 2024 is gelijk (783.888).',
    lines: [3612, 1053, 1165],
  },
  {
    id: 'tabel19-omzet-2023-per-product',
    verdict: 'informatief',
    title: 'Tabel 19 omzet 2023 per product naast Tabel 16 pxq 2023',
    explanation:
      'Geen tegenspraak: Tabel 19 splitst de hele omzet naar hoofdproduct (r. 1124), dus met de specifiek incidentele omzet; Tabel 16 pxq niet. Opgeteld klopt het: 398 + 358 + 36 = 792 mln tegenover 580.823 + 211.136 = 791.959 (controle tabel19=tabel16:omzet-2023).',
    lines: [1124, 1285, 1295, 1303, 1155, 1157, 1159, 1161],
  },
  {
    id: 'ind-korting-135',
    verdict: 'informatief',
    title: 'IND-deel van de korting 2027: tekst € 135 mln naast het berekende verschil 135.592',
    explanation: 'Geen tegenspraak: "€ 135 mln." is een afgerond bedrag in lopende tekst; 135.592 (Tabel 18 ontvangsten 648.605 − Tabel 15 baten 513.013) is een verschil dat deze controle zelf berekent, de begroting drukt het niet af.',
    lines: [1142, 1218, 1064],
  },
  {
    id: 'verblijfsduur-2028',
    verdict: 'informatief',
    title: 'Tabel 11 verblijfsduur 10,6 maanden naast de 63,5 maanden die Tabel 6 in 2028 impliceert',
    explanation:
      'Geen tegenspraak: Tabel 11 is een prestatie-indicator; de begroting koppelt hem niet via de wet van Little aan Tabel 6. Ter informatie: in 2028 is instroom = uitstroom = 25.000 bij een bezetting van 132.190, dus 132.190 / 25.000 × 12 = 63,5 maanden.',
    lines: [820, 612, 614, 617],
  },
  {
    id: 'tabel29-2023',
    verdict: 'informatief',
    title: 'Tabel 29 2023: A16 + A18 + A29 (2.124,4 mln) naast de JenV-regel 6.37.2.3.21 (3.221.133)',
    explanation:
      'Geen tegenspraak: de tekst (r. 874–898) beschrijft de betaalwegen van de regel vanaf 2024 ("Vanaf begin 2024 ..."); voor de realisatie 2023 onder JenV zegt de begroting niet dat de regel alleen via deze specifieke uitkeringen liep. 2.062 + 62,4 + 0,0 = 2.124,4 mln; verschil 1.096,7 mln.',
    lines: [3464, 3484, 3531, 3658, 874, 898],
  },
];
