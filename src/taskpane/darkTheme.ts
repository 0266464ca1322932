// Fluent's dark theme, a chunk of its own: only a dark Office theme fetches it, so the first
// render of the usual light pane does not carry it (issue 15: ≤ 120 KB before the first render).
export { webDarkTheme } from '@fluentui/react-theme';
