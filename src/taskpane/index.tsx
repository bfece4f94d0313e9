import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { excelWorkbook } from './workbook-api';
import { App } from './App';
import { detectHost, officeTheme } from './office-host';

async function start(): Promise<void> {
  const host = await detectHost();
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <FluentProvider theme={officeTheme()}>
      <App host={host} workbook={excelWorkbook} />
    </FluentProvider>,
  );
}

void start();
