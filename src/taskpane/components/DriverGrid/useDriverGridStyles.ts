import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

const NAME_COLUMN = '136px';

export const useDriverGridStyles = makeStyles({
  // scroll-padding keeps a focused cell from landing under the sticky name column.
  scroller: { overflowX: 'auto', maxWidth: '100%', scrollPaddingLeft: NAME_COLUMN },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
    padding: tokens.spacingHorizontalXS,
  },
  groupHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  groupFill: { backgroundColor: tokens.colorNeutralBackground3 },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `1px 0 0 ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: tokens.spacingHorizontalXS,
    width: NAME_COLUMN,
    minWidth: NAME_COLUMN,
    maxWidth: NAME_COLUMN,
    verticalAlign: 'top',
    display: 'table-cell',
  },
  rowCaption: { display: 'block', color: tokens.colorNeutralForeground3 },
  cell: { padding: tokens.spacingHorizontalXXS, verticalAlign: 'top', minWidth: '104px', maxWidth: '150px' },
  input: { width: '100%', minWidth: 0 },
});
