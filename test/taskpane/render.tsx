import { TextEncoder } from 'node:util';
import { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

/** Renders inside the Fluent provider, as the pane does. */
export function renderPane(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

// Browsers have TextEncoder (the Excel model sizes payloads with it); jsdom does not.
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= TextEncoder;
