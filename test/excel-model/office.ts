/** "1.9" → 9, "1.12" → 12: requirement sets compare by minor version, not as decimals. */
export function minorVersion(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}

export type Platform = 'PC' | 'OfficeOnline' | 'Mac';

/**
 * The `Office` global as office.js gives it inside Excel, reduced to what an Excel add-in asks
 * of it: onReady, requirement sets, the theme, document settings, and actions.associate.
 */
/** Office's themes as officeTheme reports them: Colorful and White are light, Dark Gray and Black dark. */
export const OFFICE_THEMES = {
  colorful: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000', controlBackgroundColor: '#ffffff', controlForegroundColor: '#000000' },
  dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#363636', controlForegroundColor: '#ffffff' },
  black: { bodyBackgroundColor: '#000000', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#1f1f1f', controlForegroundColor: '#ffffff' },
};
export type OfficeThemeName = keyof typeof OFFICE_THEMES;

export function createOffice(excelApi: number, platform: Platform, theme: OfficeThemeName = 'colorful') {
  const settings = new Map<string, unknown>();
  return {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform };
      callback?.(info);
      return info;
    },
    actions: { associate: (_id: string, _action: (...args: unknown[]) => unknown) => undefined },
    context: {
      officeTheme: { ...OFFICE_THEMES[theme] },
      requirements: {
        /** ExcelApi 1.1 up to the model's version, and the shared runtime the manifest asks for. */
        isSetSupported: (name: string, version?: string) =>
          name === 'SharedRuntime' || (name === 'ExcelApi' && minorVersion(version ?? '1.1') <= excelApi),
      },
      document: {
        /** Office.Settings: kept in memory; saveAsync reports success. */
        settings: {
          get: (key: string) => (settings.has(key) ? JSON.parse(JSON.stringify(settings.get(key))) : null),
          set: (key: string, value: unknown) => void settings.set(key, JSON.parse(JSON.stringify(value))),
          remove: (key: string) => void settings.delete(key),
          /** saveAsync([options], [callback]): the callback gets an AsyncResult that succeeded. */
          saveAsync: (...args: unknown[]) => {
            const callback = args.find((a): a is (r: { status: string; value: undefined }) => void => typeof a === 'function');
            callback?.({ status: 'succeeded', value: undefined });
          },
        },
      },
    },
  };
}
