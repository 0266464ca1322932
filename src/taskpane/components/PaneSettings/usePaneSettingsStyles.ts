import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

export const usePaneSettingsStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flex: '0 0 auto', minWidth: '88px', display: 'flex', flexDirection: 'column' },
  wide: { flex: '1 1 160px', minWidth: 0, maxWidth: '360px', display: 'flex', flexDirection: 'column' },
  label: { paddingBottom: tokens.spacingVerticalXXS },
  // A native select is as wide as its longest option; in a 350-px pane it must shrink instead.
  select: { width: '100%', minWidth: 0 },
  selectControl: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});
