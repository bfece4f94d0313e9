import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Progress } from '../workbook';

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The step in words, as the progress bar's label. */
export function progressLabel(p?: Progress): string {
  if (!p) return 'Starting…';
  switch (p.step) {
    case 'reading': return `Reading block ${p.block} of ${p.blocks}…`;
    case 'computing': return 'Computing segments…';
    case 'writing': return `Writing ${p.sheet}${p.part ? ` (${p.part} of ${p.parts})` : ''}…`;
    case 'cancelling': return 'Cancelling: putting the workbook back…';
  }
}

/**
 * How far along the run is, 0–1: reading takes the first 60%, writing from 65% on. While
 * computing (one step of unknown length, off the UI thread) the bar is indeterminate: it keeps moving.
 */
export function progressValue(p?: Progress): number | undefined {
  if (!p) return 0;
  switch (p.step) {
    case 'reading': return (0.6 * p.block) / p.blocks;
    case 'computing': return undefined;
    case 'writing': return p.part && p.parts ? 0.65 + (0.35 * (p.part - 1)) / p.parts : 0.8;
    case 'cancelling': return 1;
  }
}

export interface RunPanelProps {
  running: boolean;
  cancelling: boolean;
  progress?: Progress;
  canRun: boolean;
  onAnalyze: () => void;
  onCancel: () => void;
}

/** Step 4: Analyze, and while it runs a progress bar with the current step and a Cancel button. */
export function RunPanel({ running, cancelling, progress, canRun, onAnalyze, onCancel }: RunPanelProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onAnalyze} disabled={running || !canRun}>
          Analyze
        </Button>
        {running && (
          <Button onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </Button>
        )}
      </div>
      {running && (
        <Field validationMessage={progressLabel(progress)} validationState="none" aria-live="polite">
          <ProgressBar value={progressValue(progress)} aria-label={progressLabel(progress)} />
        </Field>
      )}
    </>
  );
}
