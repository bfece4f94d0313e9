import {
  Body1, Caption1, Card, Link, ProgressBar, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens,
} from '@fluentui/react-components';
import type { AnalyzeSummary } from '../workbook';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  bars: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: '60px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const money = (x: number) => x.toLocaleString(undefined, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** KPI cards, the segment summary with share bars, the story, and links to the written sheets. */
export function Results({ summary, openSheet }: { summary: AnalyzeSummary; openSheet: (name: string) => void }) {
  const styles = useStyles();
  const k = summary.kpis;
  const cards: [string, string][] = [
    ['Revenue', money(k.revenue)], ['Customers', k.customers.toLocaleString()], ['Average order', money(k.aov)],
    ['Repeat rate', pct(k.repeatRate)], ['Return rate', pct(k.returnRate)],
  ];
  return (
    <section className={styles.section} aria-label="Results">
      <div className={styles.cards}>
        {cards.map(([label, value]) => (
          <Card key={label} size="small" aria-label={`${label}: ${value}`}>
            <Caption1>{label}</Caption1>
            <span className={styles.value}>{value}</span>
          </Card>
        ))}
      </div>
      <Subtitle2 as="h2">Segments</Subtitle2>
      <Table size="small" aria-label="Segments: share of customers and of revenue">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Segment</TableHeaderCell>
            <TableHeaderCell>Customers / revenue</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.segments.map((s) => (
            <TableRow key={s.segment}>
              <TableCell>{s.segment}</TableCell>
              <TableCell>
                <div className={styles.bars}>
                  <ProgressBar value={s.customerShare} thickness="large" color="brand" aria-label={`${s.segment}: ${pct(s.customerShare)} of customers`} />
                  <ProgressBar value={s.revenueShare} thickness="large" color="success" aria-label={`${s.segment}: ${pct(s.revenueShare)} of revenue`} />
                  <Caption1>{pct(s.customerShare)} of customers · {pct(s.revenueShare)} of revenue</Caption1>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Subtitle2 as="h2">In a few sentences</Subtitle2>
      {summary.narrative.map((line) => <Body1 key={line}>{line}</Body1>)}
      <Subtitle2 as="h2">Sheets written</Subtitle2>
      <ul>
        {summary.sheets.map((name) => (
          <li key={name}>
            <Link as="button" onClick={() => openSheet(name)}>{name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
