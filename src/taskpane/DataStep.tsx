import { Body1, Button, Caption1, Dropdown, Field, Option, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { SourceChoice, SourceInfo, WorkbookSources } from '../workbook';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const where = (s: SourceInfo) => `${s.sheetName}!${s.address}`;
const size = (s: SourceInfo) => `${s.rows.toLocaleString()} rows × ${s.columns} columns`;

/** A choice as a dropdown key: the selection, a table, or a range. */
export function choiceKey(choice?: SourceChoice): string {
  if (!choice) return 'selection';
  return 'tableName' in choice ? `table:${choice.tableName}` : `range:${choice.sheetName}!${choice.address}`;
}

function describe(s: SourceInfo): string {
  return s.tableName ? `Table ${s.tableName} on ${where(s)}, ${size(s)}` : `${where(s)}, ${size(s)}`;
}

export interface DataStepProps {
  sources?: WorkbookSources;
  /** The block the Columns step previews: what a run will read. */
  current?: SourceInfo;
  choice?: SourceChoice;
  customersTable?: string;
  disabled: boolean;
  onChoose: (choice: SourceChoice | undefined) => void;
  onCustomers: (table: string | undefined) => void;
  onRefresh: () => void;
}

/** Step 1: which data the run reads, and optionally a customers table to join. */
export function DataStep({ sources, current, choice, customersTable, disabled, onChoose, onCustomers, onRefresh }: DataStepProps) {
  const styles = useStyles();
  if (!sources) return <Spinner size="tiny" label="Looking for your data…" />;
  const selected = choiceKey(choice);
  const picked = sources.tables.find((t) => choiceKey(t.choice) === selected);
  const options: [string, string][] = [
    ['selection', sources.underSelection ? `Under the selection: ${where(sources.underSelection)}` : 'Under the selection (nothing found yet)'],
    ...sources.tables.map((t): [string, string] => [choiceKey(t.choice), `Table ${t.tableName} (${where(t)})`]),
  ];
  if (choice && !picked && !options.some(([k]) => k === selected)) options.push([selected, selected.slice('range:'.length)]);
  const customerOptions = sources.tables.filter((t) => choiceKey(t.choice) !== selected && t.tableName !== current?.tableName);
  return (
    <div className={styles.step}>
      {current ? (
        <Body1 aria-live="polite">Found: {describe(current)}.</Body1>
      ) : (
        <Body1>No data found under the selection: click into your order table, then use the selection, or pick a table.</Body1>
      )}
      <Field label="Data to analyze">
        <Dropdown
          value={options.find(([k]) => k === selected)?.[1] ?? ''}
          selectedOptions={[selected]}
          disabled={disabled}
          onOptionSelect={(_, d) => onChoose(d.optionValue === 'selection' ? undefined : [...sources.tables].find((t) => choiceKey(t.choice) === d.optionValue)?.choice ?? choice)}
        >
          {options.map(([k, label]) => <Option key={k} value={k}>{label}</Option>)}
        </Dropdown>
      </Field>
      <Button size="small" disabled={disabled} onClick={() => { onChoose(undefined); onRefresh(); }}>
        Use the current selection
      </Button>
      <Field label="Customers table (optional)" hint="Age, gender, income… joined to the orders on customer id.">
        <Dropdown
          value={customersTable ?? 'None'}
          selectedOptions={[customersTable ?? 'none']}
          disabled={disabled}
          onOptionSelect={(_, d) => onCustomers(d.optionValue === 'none' ? undefined : d.optionValue)}
        >
          <Option value="none">None</Option>
          {customerOptions.map((t) => <Option key={t.tableName} value={t.tableName!}>{`${t.tableName} (${where(t)})`}</Option>)}
        </Dropdown>
      </Field>
      {sources.tables.length === 0 && <Caption1>This workbook has no Excel tables; the data under the selection is read as a range.</Caption1>}
    </div>
  );
}
