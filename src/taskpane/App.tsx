import { useState } from 'react';
import {
  Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle1, makeStyles, tokens,
} from '@fluentui/react-components';
import type { AnalyzeSummary, Progress } from '../workbook';
import { HostKind } from './office-host';
import { OutsideExcel } from './OutsideExcel';

export type Analyze = (options: { onProgress?: (p: Progress) => void }) => Promise<AnalyzeSummary>;

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minWidth: '280px' },
});

type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress?: Progress }
  | { status: 'done'; summary: AnalyzeSummary }
  | { status: 'failed'; message: string };

function progressLabel(p?: Progress): string {
  if (!p) return 'Starting…';
  if (p.step === 'reading') return `Reading block ${p.block} of ${p.blocks}…`;
  if (p.step === 'writing') return `Writing ${p.sheet ?? 'results'}…`;
  return 'Computing segments…';
}

export function App({ host, analyze }: { host: HostKind; analyze: Analyze }) {
  const styles = useStyles();
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  if (host === 'outside') {
    return (
      <main className={styles.pane}>
        <Subtitle1 as="h1">CX Segments</Subtitle1>
        <OutsideExcel />
      </main>
    );
  }
  const onAnalyze = async () => {
    setRun({ status: 'running' });
    try {
      const summary = await analyze({ onProgress: (progress) => setRun({ status: 'running', progress }) });
      setRun({ status: 'done', summary });
    } catch (e) {
      setRun({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const running = run.status === 'running';
  return (
    <main className={styles.pane}>
      <Subtitle1 as="h1">CX Segments</Subtitle1>
      <Body1>Click into your order table, then analyze: each customer gets recency, frequency and monetary scores and an RFM segment.</Body1>
      <Button appearance="primary" onClick={onAnalyze} disabled={running}>
        Analyze
      </Button>
      {running && <ProgressBar aria-label={progressLabel(run.progress)} />}
      {running && <Body1 aria-live="polite">{progressLabel(run.progress)}</Body1>}
      {run.status === 'done' && <Done summary={run.summary} />}
      {run.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not analyze</MessageBarTitle>
            {run.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}

function Done({ summary }: { summary: AnalyzeSummary }) {
  const skipped = summary.skippedRows > 0 ? ` ${summary.skippedRows.toLocaleString()} rows could not be read and were skipped.` : '';
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Done</MessageBarTitle>
        Segmented {summary.customers.toLocaleString()} customers from {summary.source.rows.toLocaleString()} rows of{' '}
        {summary.source.sheetName}!{summary.source.address}, as of {summary.asOfDate}. Wrote {summary.sheets.join(', ')} and the
        segment columns beside your data.
        {skipped}
      </MessageBarBody>
    </MessageBar>
  );
}
