import {
  BUILT_IN_SCHEMES, RFGRID_RULES, TIERS_RULES, analyzeTable, ruleTableFromCells, ruleTableToCells, ruleTableWarnings, segmentOf,
} from '../../src/analytics';
import { TEN_ORDERS } from './ten-orders';

describe('built-in rule tables', () => {
  it('rfgrid covers every R×F cell of the 5×5 grid (no Others)', () => {
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) expect(segmentOf(RFGRID_RULES, { r, f })).not.toBe('Others');
    expect(segmentOf(RFGRID_RULES, { r: 5, f: 4 })).toBe('Champions');
    expect(segmentOf(RFGRID_RULES, { r: 2, f: 5 })).toBe("Can't Lose Them");
    expect(segmentOf(RFGRID_RULES, { r: 1, f: 1 })).toBe('Hibernating');
  });

  it('tiers: VIP needs F 5 and M ≥ 4, Loyal F ≥ 3, everyone else is a Periodic Buyer', () => {
    expect(segmentOf(TIERS_RULES, { f: 5, m: 4 })).toBe('VIP');
    expect(segmentOf(TIERS_RULES, { f: 5, m: 3 })).toBe('Loyal');
    expect(segmentOf(TIERS_RULES, { f: 2, m: 5 })).toBe('Periodic Buyers');
  });

  it('personas: "revenue < P70" is strict', () => {
    const personas = BUILT_IN_SCHEMES.personas;
    const base = { recencyPercentile: 0, frequencyPercentile: 0, aovPercentile: 80 };
    expect(segmentOf(personas, { ...base, monetaryPercentile: 69.9 })).toBe('Low-Premium');
    expect(segmentOf(personas, { ...base, monetaryPercentile: 70 })).toBe('Standard Customer');
  });

  it('the rfm table of the R package overlaps itself: later rules lose where earlier ones match', () => {
    const warnings = ruleTableWarnings(BUILT_IN_SCHEMES.rfm);
    expect(warnings).toContain('"Loyal Customers" (rule 2) overlaps "Champions", which comes first and wins on 8 of its 36 score combinations.');
    expect(warnings).toContain('"New Customers" (rule 4) can never match: earlier rules cover all of it.');
    expect(warnings).toContain("\"Can't Lose Them\" (rule 9) can never match: earlier rules cover all of it.");
    expect(ruleTableWarnings(RFGRID_RULES)).toEqual([]);
  });
});

describe('rule tables as cells', () => {
  it('round-trips every built-in table', () => {
    for (const table of Object.values(BUILT_IN_SCHEMES)) expect(ruleTableFromCells(ruleTableToCells(table), table.scheme)).toEqual(table);
  });

  it('writes a strict bound as "<70" and the fallback as a last row without bounds', () => {
    const cells = ruleTableToCells(BUILT_IN_SCHEMES.personas);
    expect(cells[0]).toEqual(['Segment', 'Recency percentile min', 'Recency percentile max', 'Frequency percentile min', 'Frequency percentile max', 'Revenue percentile min', 'Revenue percentile max', 'AOV percentile min', 'AOV percentile max']);
    expect(cells[4]).toEqual(['Low-Premium', '', '', '', '', '', '<70', 70, '']);
    expect(cells[5]).toEqual(['Standard Customer', '', '', '', '', '', '', '', '']);
  });

  it('applies a user-edited table through analyzeTable', () => {
    const mine = ruleTableFromCells([['Segment', 'M score min'], ['Big', 4], ['Small', '']], 'mine');
    const report = analyzeTable(TEN_ORDERS, { scheme: 'mine', ruleTables: [mine], schemes: [] });
    expect(report.customers.map((c) => c.segment)).toEqual(['Small', 'Big', 'Small', 'Big', 'Small']);
    expect(Object.keys(report.customers[0].segments)).toEqual(['mine']);
  });

  it('names the row and column of what is wrong', () => {
    expect(() => ruleTableFromCells([['Segment', 'Loyalty min'], ['A', 1]], 'x')).toThrow('Rule column 2 "Loyalty min" is not a rule field.');
    expect(() => ruleTableFromCells([['Segment', 'R score min'], ['A', 'high']], 'x')).toThrow('Rule row 2, column "R score min": "high" is not a number.');
    expect(() => ruleTableFromCells([['Segment', 'R score min', 'R score max'], ['A', 4, 2]], 'x')).toThrow('Rule row 2 ("A"): R score min 4 is above its max 2.');
    expect(() => ruleTableFromCells([['Segment', 'R score min'], ['', 3]], 'x')).toThrow('Rule row 2 has bounds but no segment name.');
    expect(() => ruleTableFromCells([['Segment']], 'x')).toThrow('The rule table is empty');
  });
});
