import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, makeStyles, tokens,
} from '@fluentui/react-components';
import type { AnalyzeSummary, AnalyzeWorkbookOptions, Progress, SourcePreview, WorkbookSources } from '../workbook';
import { RunCancelledError } from '../workbook/cancel';
import { isoFromSerial, parseDay } from '../analytics/dates';
import { defaultAsOf as engineAsOf } from '../analytics/customer-metrics';
import { ingestTransactions } from '../analytics/ingest';
import { ColumnMapping, mapTable, resolveRoles } from '../analytics/table';
import { HostKind } from './office-host';
import { OutsideExcel } from './OutsideExcel';
import { DataStep } from './DataStep';
import { ColumnsStep } from './ColumnsStep';
import { OptionsPanel } from './OptionsPanel';
import { RunPanel } from './RunPanel';
import { Results } from './Results';
import { PaneOptions, loadOptions, parseBands, saveOptions } from './settings';
import type { WorkbookApi } from './workbook-api';

/** The pane's choices as the workbook layer's options; throws (naming the field) on bad band edges. */
export function runOptions(o: PaneOptions, onProgress: (p: Progress) => void, signal?: AbortSignal): AnalyzeWorkbookOptions {
  return {
    onProgress,
    signal,
    source: o.source,
    customersTable: o.customersTable,
    sheets: o.sheets,
    charts: o.charts,
    extraSchemes: o.extraSchemes,
    useSheetRules: o.useSheetRules,
    analyze: {
      mapping: o.mapping,
      scheme: o.scheme,
      method: o.method as NonNullable<AnalyzeWorkbookOptions['analyze']>['method'],
      bins: o.bins,
      returns: o.returns,
      asOf: o.asOf ? parseDay(o.asOf) : undefined,
      ageBands: parseBands(o.ageBands, 'Age band edges'),
      incomeBands: parseBands(o.incomeBands, 'Income band edges'),
    },
  };
}

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: '0', maxWidth: '100%' },
});

type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress?: Progress; cancelling?: boolean }
  | { status: 'done'; summary: AnalyzeSummary }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function App({ host, workbook }: { host: HostKind; workbook: WorkbookApi }) {
  const styles = useStyles();
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [options, setOptions] = useState<PaneOptions>(loadOptions);
  const [sources, setSources] = useState<WorkbookSources>();
  const [preview, setPreview] = useState<SourcePreview>();
  const [lookError, setLookError] = useState<string>();
  const [refreshed, setRefreshed] = useState(0);
  const [open, setOpen] = useState<string[]>(['data']);
  const abort = useRef<AbortController | undefined>(undefined);

  const refresh = useCallback(() => setRefreshed((n) => n + 1), []);
  useEffect(() => {
    if (host !== 'excel') return;
    let live = true;
    setLookError(undefined);
    setPreview(undefined);
    workbook.look(options.source).then(
      (look) => live && (setSources(look.sources), setPreview(look.preview)),
      (e) => live && (setSources((s) => s ?? { tables: [] }), setLookError(messageOf(e))),
    );
    return () => {
      live = false;
    };
  }, [host, workbook, options.source, refreshed]);

  // A required role with no column: open the Columns step so the user sees why Analyze waits.
  const missing = preview && preview.values.length > 0 ? resolveRoles(preview.values, options.mapping).missing : [];
  const asOfDefault = useMemo(() => defaultAsOf(preview, options.mapping), [preview, options.mapping]);
  useEffect(() => {
    if (missing.length > 0) setOpen((o) => (o.includes('columns') ? o : [...o, 'columns']));
  }, [missing.length]);

  if (host === 'outside') {
    return (
      <main className={styles.pane}>
        <Subtitle1 as="h1">CX Segments</Subtitle1>
        <OutsideExcel />
      </main>
    );
  }

  const set = (patch: Partial<PaneOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const onAnalyze = async () => {
    const controller = new AbortController();
    abort.current = controller;
    // Fold the steps away, so the progress and then the results sit near the top of a narrow pane.
    setOpen([]);
    setRun({ status: 'running' });
    try {
      saveOptions(options);
      const summary = await workbook.analyze(runOptions(options, (progress) => setRun((r) => ({ status: 'running', progress, cancelling: r.status === 'running' && r.cancelling })), controller.signal));
      setRun({ status: 'done', summary });
      // The written dashboard is now active: pin the data just analyzed so that a re-run, or the
      // pane opened again later, reads it again (options cannot change while a run goes on).
      if (!options.source) {
        const pinned = { ...options, source: summary.rerun };
        setOptions(pinned);
        saveOptions(pinned);
      } else refresh();
    } catch (e) {
      setRun(e instanceof RunCancelledError || controller.signal.aborted ? { status: 'cancelled' } : { status: 'failed', message: messageOf(e) });
    }
  };
  const onCancel = () => {
    abort.current?.abort();
    setRun((r) => (r.status === 'running' ? { ...r, cancelling: true } : r));
  };
  const running = run.status === 'running';
  return (
    <main className={styles.pane}>
      <Subtitle1 as="h1">CX Segments</Subtitle1>
      <Body1>Segments the customers in your order table: recency, frequency and monetary scores, segments, KPI sheets and charts.</Body1>
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
        <AccordionItem value="data">
          <AccordionHeader as="h2">1. Data</AccordionHeader>
          <AccordionPanel>
            <DataStep
              sources={sources}
              current={preview?.source}
              choice={options.source}
              customersTable={options.customersTable}
              disabled={running}
              onChoose={(source) => set({ source, mapping: {} })}
              onCustomers={(customersTable) => set({ customersTable })}
              onRefresh={refresh}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="columns">
          <AccordionHeader as="h2">2. Columns</AccordionHeader>
          <AccordionPanel>
            <ColumnsStep preview={preview} mapping={options.mapping} disabled={running} onMapping={(mapping) => set({ mapping })} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="options">
          <AccordionHeader as="h2">3. Options</AccordionHeader>
          <AccordionPanel>
            <OptionsPanel options={options} onChange={setOptions} disabled={running} defaultAsOf={asOfDefault} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {lookError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not read the data</MessageBarTitle>
            {lookError}
          </MessageBarBody>
        </MessageBar>
      )}
      <RunPanel
        running={running}
        cancelling={running && !!run.cancelling}
        progress={running ? run.progress : undefined}
        canRun={missing.length === 0 && !lookError}
        onAnalyze={onAnalyze}
        onCancel={onCancel}
      />
      {run.status === 'done' && <Done summary={run.summary} />}
      {run.status === 'done' && run.summary.ruleWarnings.length > 0 && <RuleWarnings warnings={run.summary.ruleWarnings} />}
      {run.status === 'done' && <Results summary={run.summary} openSheet={workbook.openSheet} />}
      {run.status === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>Cancelled: the workbook is as it was before you clicked Analyze.</MessageBarBody>
        </MessageBar>
      )}
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

/** The as-of date the engine would default to (the day after the latest order), when the preview holds every row. */
function defaultAsOf(preview: SourcePreview | undefined, mapping: ColumnMapping): string | undefined {
  if (!preview || preview.truncated || preview.values.length < 2) return undefined;
  try {
    if (resolveRoles(preview.values, mapping).missing.length > 0) return undefined;
    const asOf = engineAsOf(ingestTransactions(mapTable(preview.values, mapping).columns));
    return Number.isFinite(asOf) ? isoFromSerial(asOf) : undefined;
  } catch {
    return undefined; // the Columns step shows what is wrong
  }
}

/** What is wrong with the user's own rules, which the run used as they stand. */
function RuleWarnings({ warnings }: { warnings: string[] }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Your rules in CX Rules</MessageBarTitle>
        The run used them as they stand; edit the table on CX Rules and analyze again to change them.
        <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function Done({ summary }: { summary: AnalyzeSummary }) {
  const skipped = summary.skippedRows > 0 ? ` ${summary.skippedRows.toLocaleString()} rows could not be read and were skipped: CX Data Quality lists them.` : '';
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
