import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { analyzeHere } from '../workbook/run';
import { WorkbookApi, excelWorkbook } from './workbook-api';
import { analyzeInWorker } from './analyze-in-worker';
import { App } from './App';
import { detectHost, officeTheme } from './office-host';

/** The Excel workbook, with the analysis in a Web Worker so the pane stays responsive on big tables. */
const workbook: WorkbookApi = { ...excelWorkbook, analyze: (options) => excelWorkbook.analyze({ ...options, compute: analyzeInWorker(analyzeHere) }) };

async function start(): Promise<void> {
  const host = await detectHost();
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <FluentProvider theme={officeTheme()}>
      <App host={host} workbook={workbook} />
    </FluentProvider>,
  );
}

void start();
