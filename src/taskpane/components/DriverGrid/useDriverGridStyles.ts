import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

export const useDriverGridStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS },
  // Not sticky: in a 320-px pane a pinned label column would cover the cell being edited and its message.
  corner: {},
  rowHead: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: tokens.spacingHorizontalXS,
    minWidth: '110px',
    maxWidth: '130px',
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalS,
  },
  cell: { padding: tokens.spacingHorizontalXXS, verticalAlign: 'top', minWidth: '150px', maxWidth: '180px' },
  input: { width: '100%', minWidth: 0 },
});
