import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

export const usePaneSettingsStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { flex: '0 0 auto', minWidth: '88px' },
  wide: { flex: '1 1 180px', minWidth: 0 },
});
