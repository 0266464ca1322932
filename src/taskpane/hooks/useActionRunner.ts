import { useCallback, useRef, useState } from 'react';
import type { ActionSpec } from '../actions';
import type { ActionRequest } from '../services/planSheets';
import { runAction } from '../services/runAction';
import type { Services, WriteOutcome } from '../services/types';

export type RunState = { readonly status: 'idle' } | { readonly status: 'running' } | { readonly status: 'done'; readonly outcome: WriteOutcome };

/** Runs one action at a time per card; a second click while running is ignored. `onWritten` after a successful write (the Werkmap re-reads). */
export function useActionRunner(action: ActionSpec, services: Services, onWritten?: () => void): { state: RunState; run: (request: ActionRequest) => Promise<void> } {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const running = useRef(false);
  const run = useCallback(
    async (request: ActionRequest) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'running' });
      try {
        const outcome = await runAction(action, request, services);
        setState({ status: 'done', outcome });
        if (outcome.ok) onWritten?.();
      } finally {
        running.current = false;
      }
    },
    [action, services, onWritten],
  );
  return { state, run };
}
