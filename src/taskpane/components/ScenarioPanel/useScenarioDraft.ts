import { useCallback, useMemo, useState } from 'react';
import { driverDeclaration, type DriverKey, type PresetName, type PriceVariant } from '../../../core/chain';
import type { Edition } from '../../../core/edition/types';
import type { Strings } from '../../i18n';
import { cleared, draftDrivers, draftErrors, editCell, newDraft, withChoice, type CellName, type ScenarioDraft } from '../../scenario/draft';

export interface ScenarioDraftState {
  readonly name: string;
  readonly draft: ScenarioDraft;
  readonly cellName: CellName;
  readonly errors: ReturnType<typeof draftErrors>;
  readonly drivers: ReturnType<typeof draftDrivers>;
  setName(name: string): void;
  edit(key: DriverKey, year: number | undefined, text: string): void;
  choose(choice: { preset?: PresetName; priceVariant?: PriceVariant }): void;
  reset(): void;
}

export function useScenarioDraft(edition: Edition, t: Strings): ScenarioDraftState {
  const [name, setName] = useState('');
  const [draft, setDraft] = useState(() => newDraft(edition));
  const cellName = useCallback<CellName>((key, year) => `${driverDeclaration(key).label[t.language]}${year === undefined ? '' : ` ${year}`}`, [t]);
  const [forEdition, setForEdition] = useState(edition);
  let current = draft;
  if (forEdition !== edition) {
    // Another edition chosen for the pane: its prefills, the typed texts kept. This render already
    // answers with the new draft: the old one has the old edition's years, which the new edition's
    // projection refuses (an edition with another year, tests/fixtures/fx2030).
    current = withChoice({ ...newDraft(edition, draft.preset, draft.priceVariant), texts: draft.texts, results: {} }, edition, {}, cellName);
    setForEdition(edition);
    setDraft(current);
  }
  const errors = useMemo(() => draftErrors(current), [current]);
  const drivers = useMemo(() => draftDrivers(current), [current]);
  return {
    name,
    draft: current,
    cellName,
    errors,
    drivers,
    setName,
    edit: (key, year, text) => setDraft((d) => editCell(d, key, year, text, cellName)),
    choose: (choice) => setDraft((d) => withChoice(d, edition, choice, cellName)),
    reset: () => setDraft(cleared),
  };
}
