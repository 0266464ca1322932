import { useCallback, useState } from 'react';
import type { FormulaStyle } from '../../../core/sheets/types';
import type { Strings } from '../../i18n';
import { refreshTargets } from '../../services/refreshTargets';
import type { Services, WorkbookInventory } from '../../services/types';
import { describeRefresh, type RefreshText } from '../../status/describeRefresh';

/** "Refresh to <edition>" for the Werkmap: runs services.workbook.refresh for all sheets or one, then reads the list again. */
export function useRefresh(services: Services, inventory: WorkbookInventory | undefined, formulaStyle: FormulaStyle, t: Strings, onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState<RefreshText | undefined>();
  const { refresh } = services.workbook;
  const run = useCallback(
    async (only?: string) => {
      if (!refresh || !inventory) return;
      setBusy(true);
      setText(undefined);
      try {
        const targets = refreshTargets(inventory, services.edition.id, formulaStyle, only);
        const outcome = await refresh({ to: services.edition, ...targets, ...(services.settings ? { settings: services.settings } : {}) });
        setText(describeRefresh(outcome, t));
      } finally {
        setBusy(false);
        onDone();
      }
    },
    [refresh, inventory, formulaStyle, services.edition, services.settings, t, onDone],
  );
  return { available: refresh !== undefined, busy, text, run };
}
