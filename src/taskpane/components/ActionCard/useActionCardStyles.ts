import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

export const useActionCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: 'flex-start' },
});
