import type { Edition } from '../../edition/types';
import { bindings } from './bindings';
import { chain } from './chain';
import { tabel1 } from './tables/tabel1';
import { tabel4 } from './tables/tabel4';
import { tabel5 } from './tables/tabel5';
import { tabel6 } from './tables/tabel6';
import { tabel7 } from './tables/tabel7';
import { tabel8 } from './tables/tabel8';
import { tabel9 } from './tables/tabel9';
import { tabel10 } from './tables/tabel10';
import { tabel11 } from './tables/tabel11';
import { tabel12 } from './tables/tabel12';
import { tabel13 } from './tables/tabel13';
import { tabel14 } from './tables/tabel14';
import { tabel15 } from './tables/tabel15';
import { tabel16 } from './tables/tabel16';
import { tabel17 } from './tables/tabel17';
import { tabel18 } from './tables/tabel18';
import { tabel19 } from './tables/tabel19';
import { tabel22 } from './tables/tabel22';
import { tabel29 } from './tables/tabel29';
import { tabel30 } from './tables/tabel30';
import { tabel2, tabel23 } from './tables/receipts';
import { figuurTotalen, tekstBudgetflexibiliteit, tekstDoorlooptijdInd, tekstKortingInd, tekstMutaties, tekstOmzetInd } from './tables/texts';
import { deepFreeze } from '../../edition/deepFreeze';

/** Ontwerpbegroting 2025, hoofdstuk XX Asiel en Migratie (Kamerstuk 36 600 XX nr. 2). */
export const OB2025: Edition = deepFreeze({
  id: 'OB2025',
  name: 'Ontwerpbegroting 2025',
  document: 'Ontwerpbegroting 2025 Asiel en Migratie, Kamerstuk 36 600 XX nr. 2',
  sourceFile: '003_0c14710b77761619.txt',
  firstBudgetYear: 2025,
  projectionYears: [2025, 2026, 2027, 2028, 2029],
  tables: [
    tabel1,
    tabel2,
    tabel4,
    tabel5,
    tabel6,
    tabel7,
    tabel8,
    tabel9,
    tabel10,
    tabel11,
    tabel12,
    tabel13,
    tabel14,
    tabel15,
    tabel16,
    tabel17,
    tabel18,
    tabel19,
    tabel22,
    tabel23,
    tabel29,
    tabel30,
    tekstOmzetInd,
    tekstKortingInd,
    tekstMutaties,
    tekstDoorlooptijdInd,
    tekstBudgetflexibiliteit,
    figuurTotalen,
  ],
  bindings,
  chain,
});
