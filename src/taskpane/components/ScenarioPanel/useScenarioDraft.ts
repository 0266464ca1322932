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
  if (forEdition !== edition) {
    // Another edition chosen for the pane: its prefills, the typed texts kept.
    setForEdition(edition);
    setDraft((d) => withChoice({ ...newDraft(edition, d.preset, d.priceVariant), texts: d.texts, results: {} }, edition, {}, cellName));
  }
  const errors = useMemo(() => draftErrors(draft), [draft]);
  const drivers = useMemo(() => draftDrivers(draft), [draft]);
  return {
    name,
    draft,
    cellName,
    errors,
    drivers,
    setName,
    edit: (key, year, text) => setDraft((d) => editCell(d, key, year, text, cellName)),
    choose: (choice) => setDraft((d) => withChoice(d, edition, choice, cellName)),
    reset: () => setDraft(cleared),
  };
}
