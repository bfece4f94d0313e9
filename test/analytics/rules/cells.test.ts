import { BUILT_IN_SCHEMES, CellValue } from '../../../src/analytics';
import { parseRuleTable, ruleTableFromCells, ruleTableToCells } from '../../../src/analytics/rules';

const parse = (cells: CellValue[][]) => ruleTableFromCells(cells, 'mine');
const fails = (cells: CellValue[][]) => () => parse(cells);

describe('rule tables as cells', () => {
  it('round-trips every built-in table', () => {
    for (const table of Object.values(BUILT_IN_SCHEMES)) expect(ruleTableFromCells(ruleTableToCells(table), table.scheme)).toEqual(table);
  });

  it('writes Segment, a min and a max column per field used, "<70" for a strict bound, and the fallback last', () => {
    expect(ruleTableToCells(BUILT_IN_SCHEMES.tiers)).toEqual([
      ['Segment', 'F score min', 'F score max', 'M score min', 'M score max'],
      ['VIP', 5, '', 4, ''],
      ['Loyal', 3, '', '', ''],
      ['Periodic Buyers', '', '', '', ''],
    ]);
    const personas = ruleTableToCells(BUILT_IN_SCHEMES.personas);
    expect(personas[0].slice(5, 7)).toEqual(['Revenue percentile min', 'Revenue percentile max']);
    expect(personas[4]).toEqual(['Low-Premium', '', '', '', '', '', '<70', 70, '']);
  });

  it('reads operators: ">=" and "<=" are inclusive, ">" and "<" strict; text numbers and blank lines are fine', () => {
    const table = parse([
      ['Segment', 'Revenue percentile min', 'Revenue percentile max', 'recencyDays max', 'F score min'],
      ['Top', '>90', '', '', ''],
      ['', '', '', '', ''],
      ['Middle', '>= 50', '<=90', null, undefined],
      ['Fresh', '', ' <50 ', '1,000', '3'],
      ['Rest', '', '', '', ''],
    ]);
    expect(table).toEqual({
      scheme: 'mine',
      fallback: 'Rest',
      rules: [
        { segment: 'Top', bounds: { monetaryPercentile: { above: 90 } } },
        { segment: 'Middle', bounds: { monetaryPercentile: { min: 50, max: 90 } } },
        { segment: 'Fresh', bounds: { monetaryPercentile: { below: 50 }, recencyDays: { max: 1000 }, f: { min: 3 } } },
      ],
    });
    expect(ruleTableFromCells(ruleTableToCells(table), 'mine')).toEqual(table);
  });

  it('knows a field by its label or its name, in any case; without a bound-free last row the fallback is Others', () => {
    const table = parse([['segment', 'r MIN', 'Monetary Percentile max', 'ORDERS PER MONTH min', 'Recency (days) max'], ['A', 4, 50, 2, 30]]);
    expect(table.rules[0].bounds).toEqual({ r: { min: 4 }, monetaryPercentile: { max: 50 }, ordersPerMonth: { min: 2 }, recencyDays: { max: 30 } });
    expect(table.fallback).toBe('Others');
  });

  it('names the row and column of what is wrong', () => {
    expect(fails([['Segment']])).toThrow('The rule table is empty: it needs a header row and at least one rule.');
    expect(fails([['Name', 'R score min'], ['A', 1]])).toThrow('Rule column 1 is "Name": the first column of the rule table must be "Segment".');
    expect(fails([['Segment', 'Loyalty min'], ['A', 1]])).toThrow('Rule column 2 "Loyalty min" is not a rule field. Use "Segment", then');
    expect(fails([['Segment', 'R score'], ['A', 1]])).toThrow('Rule column 2 "R score" is not a rule field.');
    expect(fails([['Segment', 'R score min', 'r min'], ['A', 1, 2]])).toThrow('Rule column 3 "r min" repeats column 2 "R score min".');
    expect(fails([['Segment', 'R score min', ''], ['A', 1, ''], ['B', 2, 5]])).toThrow('Rule row 3, column 3 has a value but the column has no header.');
    expect(fails([['Segment', 'R score min'], ['A', 'high']])).toThrow('Rule row 2, column "R score min": "high" is not a number.');
    expect(fails([['Segment', 'R score min'], ['A', true]])).toThrow('Rule row 2, column "R score min": "true" is not a number.');
    expect(fails([['Segment', 'R score min'], ['A', '<4']])).toThrow('Rule row 2, column "R score min": "<4" is not a lower bound; write 4, >=4 or >4.');
    expect(fails([['Segment', 'AOV max'], ['A', 1], ['B', '>4']])).toThrow('Rule row 3, column "AOV max": ">4" is not an upper bound; write 4, <=4 or <4.');
    expect(fails([['Segment', 'R score min', 'R score max'], ['A', 4, 2]])).toThrow('Rule row 2 ("A"): R score min 4 is above its max 2.');
    expect(fails([['Segment', 'AOV percentile min', 'AOV percentile max'], ['A', 70, '<70']]))
      .toThrow('Rule row 2 ("A"): AOV percentile min 70 and max <70 leave no value.');
    expect(fails([['Segment', 'R score min'], ['A', 1], ['  ', 3]])).toThrow('Rule row 3 has bounds but no segment name.');
    expect(fails([['Segment', 'R score min'], ['Everyone', '']])).toThrow('The rule table has no rules: add a row with a segment name and its bounds.');
  });

  it('returns warnings beside the table, on the score grid of the given bins', () => {
    const cells = [['Segment', 'F score min', 'M score min'], ['Big', 4, ''], ['Bigger', 5, 5], ['Small', '', '']];
    expect(parseRuleTable(cells, 'mine').warnings).toEqual(['"Bigger" (rule 2) can never match: earlier rules cover all of it.']);
    const { table, warnings } = parseRuleTable([['Segment', 'R score min'], ['Top', 6]], 'mine', 10);
    expect([table.rules.length, warnings]).toEqual([1, []]);
    expect(parseRuleTable([['Segment', 'R score min'], ['Top', 6]], 'mine').warnings)
      .toEqual(['"Top" (rule 1) matches no score combination (scores run from 1 to 5).']);
  });
});
