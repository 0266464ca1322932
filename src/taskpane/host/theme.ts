export type ThemeName = 'light' | 'dark';

/**
 * Office's body background decides inside Office (its own theme setting wins over
 * the OS); outside Office the browser's prefers-color-scheme does.
 */
export function themeFor(officeBodyBackground: string | undefined | null, prefersDark: boolean): ThemeName {
  const luminance = relativeLuminance(officeBodyBackground);
  if (luminance === undefined) return prefersDark ? 'dark' : 'light';
  return luminance < 0.5 ? 'dark' : 'light';
}

/** 0 (black) … 1 (white) for "#rrggbb" / "#rgb"; undefined for anything else. */
function relativeLuminance(color: string | undefined | null): number | undefined {
  if (typeof color !== 'string') return undefined;
  const hex = color.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
