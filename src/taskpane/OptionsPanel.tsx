import {
  Checkbox, Dropdown, Field, Input, Option, Radio, RadioGroup, SpinButton, Switch,
} from '@fluentui/react-components';
import { DEFAULT_AGE_BANDS, DEFAULT_INCOME_BANDS } from '../analytics/analyses/context';
import { PaneOptions, SheetKey } from './settings';

const SHEETS: Record<SheetKey, string> = {
  dashboard: 'CX Dashboard', customers: 'CX Customers', breakdowns: 'CX Breakdowns', quality: 'CX Data Quality', rules: 'CX Rules',
};

const SCHEMES: Record<string, string> = { rfm: 'RFM (10 segments)', rfgrid: 'R×F grid', tiers: 'VIP / Loyal / Periodic', personas: 'Personas (percentiles)' };
const METHODS: Record<string, string> = { ntile: 'Equal groups (NTILE)', 'rank-quantile': 'Rank quantiles (pandas qcut)', 'rfm-package': 'R rfm package bins' };

/** The options of a run, with defaults that need no change. */
export interface OptionsPanelProps {
  options: PaneOptions;
  onChange: (o: PaneOptions) => void;
  disabled: boolean;
  /** The as-of date a blank field stands for, from the data (ISO), when the pane has read all of it. */
  defaultAsOf?: string;
}

export function OptionsPanel({ options, onChange, disabled, defaultAsOf }: OptionsPanelProps) {
  const set = (patch: Partial<PaneOptions>) => onChange({ ...options, ...patch });
  return (
    <>
      <Field label="Segments">
        <Dropdown value={SCHEMES[options.scheme]} selectedOptions={[options.scheme]} disabled={disabled} onOptionSelect={(_, d) => set({ scheme: d.optionValue ?? 'rfm' })}>
          {Object.entries(SCHEMES).map(([k, label]) => <Option key={k} value={k}>{label}</Option>)}
        </Dropdown>
      </Field>
      <Field label="Scoring">
        <Dropdown value={METHODS[options.method]} selectedOptions={[options.method]} disabled={disabled} onOptionSelect={(_, d) => set({ method: d.optionValue ?? 'ntile' })}>
          {Object.entries(METHODS).map(([k, label]) => <Option key={k} value={k}>{label}</Option>)}
        </Dropdown>
      </Field>
      <Field label="Score levels (2–10)" hint="The built-in segment tables, written for 5 levels, are restated for the levels chosen.">
        <SpinButton min={2} max={10} value={options.bins} disabled={disabled} onChange={(_, d) => set({ bins: Math.min(10, Math.max(2, Number(d.value ?? d.displayValue ?? 5) || 5)) })} />
      </Field>
      <Field label="As-of date" hint={defaultAsOf ? `Blank: the day after the latest order, ${defaultAsOf}.` : 'Blank: the day after the latest order.'}>
        <Input type="date" value={options.asOf} placeholder={defaultAsOf} disabled={disabled} onChange={(_, d) => set({ asOf: d.value })} />
      </Field>
      <Field label="Returns in monetary">
        <RadioGroup value={options.returns} disabled={disabled} onChange={(_, d) => set({ returns: d.value as PaneOptions['returns'] })}>
          <Radio value="net" label="Net out credit notes" />
          <Radio value="exclude" label="Leave them out" />
        </RadioGroup>
      </Field>
      <Field label="Extra segment columns beside the data">
        <CheckboxList
          labels={Object.fromEntries(Object.entries(SCHEMES).filter(([k]) => k !== options.scheme))}
          checked={options.extraSchemes}
          disabled={disabled}
          onChange={(extraSchemes) => set({ extraSchemes })}
        />
      </Field>
      <Field label="Sheets to write">
        <CheckboxList labels={SHEETS} checked={options.sheets} disabled={disabled} onChange={(sheets) => set({ sheets: sheets as SheetKey[] })} />
      </Field>
      <Switch label="Charts on the sheets" checked={options.charts} disabled={disabled} onChange={(_, d) => set({ charts: d.checked })} />
      <Field label="Age band edges" hint={`Blank for ${DEFAULT_AGE_BANDS.join(', ')}.`}>
        <Input value={options.ageBands} placeholder={DEFAULT_AGE_BANDS.join(', ')} disabled={disabled} onChange={(_, d) => set({ ageBands: d.value })} />
      </Field>
      <Field label="Income band edges" hint={`Blank for ${DEFAULT_INCOME_BANDS.join(', ')}.`}>
        <Input value={options.incomeBands} placeholder={DEFAULT_INCOME_BANDS.join(', ')} disabled={disabled} onChange={(_, d) => set({ incomeBands: d.value })} />
      </Field>
      <Switch label="Use the rules in CX Rules" checked={options.useSheetRules} disabled={disabled} onChange={(_, d) => set({ useSheetRules: d.checked })} />
    </>
  );
}

/** A checkbox per key; the checked keys as a list. */
function CheckboxList({ labels, checked, disabled, onChange }: { labels: Record<string, string>; checked: string[]; disabled: boolean; onChange: (keys: string[]) => void }) {
  return (
    <>
      {Object.entries(labels).map(([k, label]) => (
        <Checkbox
          key={k}
          label={label}
          disabled={disabled}
          checked={checked.includes(k)}
          onChange={(_, d) => onChange(d.checked ? [...checked, k] : checked.filter((x) => x !== k))}
        />
      ))}
    </>
  );
}
