import { useState } from 'react';
import { Button } from '@fluentui/react-button';
import type { Edition } from '../../core';
import type { FormulaStyle } from '../../core/sheets/types';

export interface DownloadWorkbookButtonProps {
  readonly edition: Edition;
  readonly addinVersion: string;
  readonly formulaStyle?: FormulaStyle;
  /** Visible text; the pane passes its translation. */
  readonly label?: string;
  readonly onError?: (error: unknown) => void;
}

/**
 * "Download as .xlsx": every sheet, for the pane outside Excel (or for
 * colleagues without the add-in). The sheet builders and ExcelJS are fetched on the first click.
 */
export function DownloadWorkbookButton(props: DownloadWorkbookButtonProps) {
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const { downloadFullWorkbook } = await import('./downloadFullWorkbook');
      await downloadFullWorkbook({ edition: props.edition, addinVersion: props.addinVersion, formulaStyle: props.formulaStyle });
    } catch (error) {
      props.onError?.(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button appearance="secondary" data-testid="download-xlsx" disabled={busy} onClick={() => void onClick()}>
      {props.label ?? 'Download als .xlsx'}
    </Button>
  );
}
