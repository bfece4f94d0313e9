import { useState } from 'react';
import {
  Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle1, makeStyles, tokens,
} from '@fluentui/react-components';
import type { AnalyzeSummary, AnalyzeWorkbookOptions, Progress } from '../workbook';
import { parseDay } from '../analytics';
import { HostKind } from './office-host';
import { OutsideExcel } from './OutsideExcel';
import { OptionsPanel } from './OptionsPanel';
import { Results } from './Results';
import { PaneOptions, loadOptions, saveOptions } from './settings';

export type Analyze = (options: AnalyzeWorkbookOptions) => Promise<AnalyzeSummary>;

/** The pane's choices as the workbook layer's options. */
export function runOptions(o: PaneOptions, onProgress: (p: Progress) => void): AnalyzeWorkbookOptions {
  return {
    onProgress,
    extraSchemes: o.extraSchemes,
    useSheetRules: o.useSheetRules,
    analyze: {
      scheme: o.scheme,
      method: o.method as NonNullable<AnalyzeWorkbookOptions['analyze']>['method'],
      bins: o.bins,
      returns: o.returns,
      asOf: o.asOf ? parseDay(o.asOf) : undefined,
    },
  };
}

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

export function App({ host, analyze, openSheet }: { host: HostKind; analyze: Analyze; openSheet: (name: string) => void }) {
  const styles = useStyles();
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [options, setOptions] = useState<PaneOptions>(loadOptions);
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
      saveOptions(options);
      const summary = await analyze(runOptions(options, (progress) => setRun({ status: 'running', progress })));
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
      <OptionsPanel options={options} onChange={setOptions} disabled={running} />
      <Button appearance="primary" onClick={onAnalyze} disabled={running}>
        Analyze
      </Button>
      {running && <ProgressBar aria-label={progressLabel(run.progress)} />}
      {running && <Body1 aria-live="polite">{progressLabel(run.progress)}</Body1>}
      {run.status === 'done' && <Done summary={run.summary} />}
      {run.status === 'done' && <Results summary={run.summary} openSheet={openSheet} />}
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
