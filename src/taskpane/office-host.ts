import { Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** Where the pane is running: inside Excel, or somewhere that is not Excel. */
export type HostKind = 'excel' | 'outside';

/** Waits for office.js; outside Office (or when office.js could not load) resolves to "outside". */
export async function detectHost(): Promise<HostKind> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return 'outside';
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? 'excel' : 'outside';
}

/** Fluent theme matching Office's: dark when Office's body background is dark. */
export function officeTheme(): Theme {
  const background = typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  return background && isDark(background) ? webDarkTheme : webLightTheme;
}

function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
