import { RuleTable, analyzeTable, assignSegments, resolveOptions, scoreCustomers } from '../../../src/analytics';
import { checkRuleTable } from '../../../src/analytics/rules';
import { customerTable } from '../scoring/customers';
import { TEN_ORDERS } from '../ten-orders';

const big: RuleTable = { scheme: 'big', fallback: 'Small', rules: [{ segment: 'Big', bounds: { monetary: { min: 50 } } }] };

describe('schemes and user rule tables in the options', () => {
  it('computes all four built-ins by default, the main scheme first', () => {
    expect(resolveOptions({}).schemes).toEqual(['rfm', 'rfgrid', 'tiers', 'personas']);
    expect(resolveOptions({ scheme: 'tiers' }).schemes).toEqual(['tiers', 'rfm', 'rfgrid', 'personas']);
    expect(resolveOptions({ schemes: [] }).schemes).toEqual(['rfm']);
    expect(resolveOptions({ scheme: 'personas', schemes: ['rfgrid', 'personas'] }).schemes).toEqual(['personas', 'rfgrid']);
  });

  it('adds the user\'s tables by scheme name, computed by default; one named like a built-in replaces it', () => {
    const options = resolveOptions({ ruleTables: [big] });
    expect(options.schemes).toEqual(['rfm', 'rfgrid', 'tiers', 'personas', 'big']);
    expect(options.ruleTables.big).toBe(big);
    const mine = { ...big, scheme: 'rfm' };
    expect(resolveOptions({ ruleTables: [mine] }).ruleTables.rfm).toBe(mine);
  });

  it('rejects unknown schemes and broken tables with messages that name them', () => {
    expect(() => resolveOptions({ scheme: 'nope' })).toThrow('Unknown segment scheme "nope". Use one of: rfm, rfgrid, tiers, personas.');
    expect(() => resolveOptions({ schemes: ['rfm', 'big'] })).toThrow('Unknown segment scheme "big"');
    expect(() => resolveOptions({ schemes: 'rfm' as unknown as string[] })).toThrow('schemes must be a list of scheme names');
    const broken = (rules: unknown) => () => checkRuleTable({ ...big, rules } as RuleTable);
    expect(broken([])).toThrow('Rule table "big" has no rules.');
    expect(broken([{ segment: '', bounds: {} }])).toThrow('Rule table "big", rule 1 has no segment name.');
    expect(broken([{ segment: 'A', bounds: { loyalty: { min: 1 } } }])).toThrow('Rule table "big", rule 1 ("A"): "loyalty" is not a rule field.');
    expect(broken([{ segment: 'A', bounds: {} }, { segment: 'B', bounds: { r: { min: 4, max: 2 } } }]))
      .toThrow('Rule table "big", rule 2 ("B"): R score min 4 is above its max 2.');
    expect(broken([{ segment: 'A', bounds: { aov: { min: '5' } } }])).toThrow('Rule table "big", rule 1 ("A"): AOV min "5" is not a number.');
    expect(broken([{ segment: 'A', bounds: { aov: { least: 5 } } }])).toThrow('AOV "least" is not a kind of bound; use min, max, above or below.');
    expect(broken([{ segment: 'A', bounds: { aov: { max: 5, below: 4 } } }])).toThrow('AOV has both a max and a strict max (below); keep one.');
    expect(() => resolveOptions({ ruleTables: [{ ...big, scheme: ' ' }] })).toThrow('A rule table needs a scheme name.');
    expect(() => resolveOptions({ ruleTables: [{ ...big, fallback: '' }] })).toThrow('Rule table "big" needs a fallback segment name.');
  });

  it('assignSegments fills the main scheme and the asked ones, nothing else', () => {
    const t = customerTable([{ id: 1, monetary: 10 }, { id: 2, monetary: 60 }]);
    scoreCustomers(t, 'ntile', 5);
    assignSegments(t, resolveOptions({ scheme: 'big', schemes: ['tiers'], ruleTables: [big] }));
    expect(t.segments).toEqual({ big: ['Small', 'Big'], tiers: ['Periodic Buyers', 'Periodic Buyers'] });
  });

  it('analyzeTable gives every customer one segment per computed scheme', () => {
    const report = analyzeTable(TEN_ORDERS, { ruleTables: [big] });
    expect(report.customers.map((c) => Object.keys(c.segments))).toEqual(Array(5).fill(['rfm', 'rfgrid', 'tiers', 'personas', 'big']));
    // monetary A 35, B 60, C 22.5, D 50, E 30
    expect(report.customers.map((c) => c.segments.big)).toEqual(['Small', 'Big', 'Small', 'Big', 'Small']);
  });
});
