import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

export const useEffectPreviewStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, textAlign: 'right', width: '100%', fontVariantNumeric: 'tabular-nums' },
  left: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  note: { color: tokens.colorNeutralForeground3 },
});
