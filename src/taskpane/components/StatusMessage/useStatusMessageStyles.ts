import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

export const useStatusMessageStyles = makeStyles({
  region: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
