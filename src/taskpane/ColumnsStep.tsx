import { useMemo } from 'react';
import { Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { inspectColumns } from '../analytics/inspect-columns';
import { previewRows } from '../analytics/preview-rows';
import { REQUIRED_ROLES, Role } from '../analytics/roles';
import { ColumnMapping, resolveRoles } from '../analytics/table';
import type { SourcePreview } from '../workbook';
import { isOwnedHeader } from '../workbook/plan/segment-columns';
import { ROLE_LABELS, changeRole } from './mapping';
import { PreviewTable } from './PreviewTable';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingVerticalS },
});

const ROLES = Object.keys(ROLE_LABELS) as Role[];
const roleLabel = (r: Role) => (REQUIRED_ROLES.includes(r) ? `${ROLE_LABELS[r]} (required)` : ROLE_LABELS[r]);

/** The sheet row of the header: "A5:H300" → 5. */
const headerRow = (address: string) => Number(/\d+/.exec(address)?.[0] ?? 1);

export interface ColumnsStepProps {
  preview?: SourcePreview;
  mapping: ColumnMapping;
  disabled: boolean;
  onMapping: (mapping: ColumnMapping) => void;
}

/** Step 2: each column's role, changeable; what the engine reads; problems next to their column. */
export function ColumnsStep({ preview, mapping, disabled, onMapping }: ColumnsStepProps) {
  const styles = useStyles();
  const view = useMemo(() => {
    if (!preview || preview.values.length === 0) return undefined;
    try {
      const firstRow = headerRow(preview.source.address);
      return { columns: inspectColumns(preview.values, mapping, firstRow), missing: resolveRoles(preview.values, mapping).missing, rows: previewRows(preview.values, mapping) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [preview, mapping]);
  if (!preview) return <Spinner size="tiny" label="Reading the first rows…" />;
  if (!view) return <Caption1>The data is empty: it needs a header row and at least one row of orders.</Caption1>;
  if ('error' in view) return <MessageBar intent="error"><MessageBarBody>{view.error}</MessageBarBody></MessageBar>;
  const read = preview.values.length - 1;
  // The add-in's own segment columns (from an earlier run) are not the user's data.
  const shown = view.columns.filter((c) => !isOwnedHeader(c.header));
  return (
    <div className={styles.step}>
      {view.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            No column is the {view.missing.map((r) => ROLE_LABELS[r].toLowerCase()).join(', ')}: give {view.missing.length > 1 ? 'those roles' : 'that role'} to a column below.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.columns}>
        {shown.map((c) => (
          <Field
            key={c.column}
            label={c.header || `Column ${c.column + 1}`}
            hint={c.required && !c.problem ? 'Required' : undefined}
            validationState={c.problem ? 'warning' : 'none'}
            validationMessage={c.problem}
          >
            <Dropdown
              aria-label={`Role of column ${c.header || c.column + 1}`}
              value={c.role ? roleLabel(c.role) : 'Not used'}
              selectedOptions={[c.role ?? 'none']}
              disabled={disabled}
              onOptionSelect={(_, d) => onMapping(changeRole(mapping, c.header, c.role, d.optionValue === 'none' || !d.optionValue ? '' : (d.optionValue as Role)))}
            >
              <Option value="none">Not used</Option>
              {ROLES.map((r) => <Option key={r} value={r}>{roleLabel(r)}</Option>)}
            </Dropdown>
          </Field>
        ))}
      </div>
      <PreviewTable headers={shown.map((c) => c.header)} rows={view.rows.map((row) => shown.map((c) => row[c.column]))} />
      <Caption1>
        {preview.truncated
          ? `Checked the first ${read.toLocaleString()} of ${preview.source.rows.toLocaleString()} rows; Analyze reads them all and CX Data Quality counts every value it skips.`
          : `Checked all ${read.toLocaleString()} rows.`}
      </Caption1>
    </div>
  );
}
