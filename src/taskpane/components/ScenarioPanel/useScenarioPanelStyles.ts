import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

export const useScenarioPanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  description: { color: tokens.colorNeutralForeground2 },
  // On a wide screen the fields keep a readable width; at 350 px they fill the pane.
  narrow: { maxWidth: '560px' },
  fieldset: {
    maxWidth: '560px',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { color: tokens.colorNeutralForeground3 },
  reset: { alignSelf: 'flex-start' },
  write: { alignSelf: 'flex-start', maxWidth: '100%' },
  // The write button stays in view while the controller scrolls through the drivers.
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 3,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: `0 0 ${tokens.borderRadiusLarge} ${tokens.borderRadiusLarge}`,
  },
  invalid: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
