import { Table, TableBody, mergeClasses, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviewCell } from '../analytics/preview-rows';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Fluent's table lays columns out fixed (equal widths): here each takes what its cells need and the region scrolls.
  table: { tableLayout: 'auto', width: 'auto', minWidth: '100%' },
  bad: { color: tokens.colorPaletteRedForeground1, fontStyle: 'italic' },
  cell: { whiteSpace: 'nowrap' },
});

function show(c: PreviewCell): string {
  if (c.value === null) return '';
  return typeof c.value === 'number' ? c.value.toLocaleString(undefined, { maximumFractionDigits: 6 }) : c.value;
}

/** The first rows as the engine reads them; cells it cannot read are marked. */
export function PreviewTable({ headers, rows }: { headers: string[]; rows: PreviewCell[][] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" aria-label="Preview of the first rows as CX Segments reads them" tabIndex={0}>
      <Table size="extra-small" aria-label="First rows as read" className={styles.table}>
        <TableHeader>
          <TableRow>
            {headers.map((h, j) => <TableHeaderCell key={j} className={styles.cell}>{h}</TableHeaderCell>)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={i}>
              {row.map((c, j) => (
                <TableCell key={j} className={mergeClasses(styles.cell, c.unreadable && styles.bad)} title={c.unreadable ? 'could not be read' : undefined}>
                  {c.unreadable ? `${show(c)} (unreadable)` : show(c)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
