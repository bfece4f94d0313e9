import { readFileSync } from 'node:fs';
import { CellValue, RuleTable, ruleTableFromCells } from '../analytics';
import { CliError, EXIT } from './cli-error';

export interface ConfigFile {
  /** Flag values by the flags' own names, as the command line would give them. */
  flags: Record<string, string | boolean>;
  ruleTables?: RuleTable[];
}

/** A JSON file of flag values (the flags' own names) and rule tables as cells, by scheme name. */
export function readConfig(path: string, known: string[]): ConfigFile {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`Cannot read the config ${path}: ${(e as Error).message}`, EXIT.badArguments);
  }
  const flags: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === 'rules') continue;
    if (!known.includes(key) || key === 'config' || key === 'help') throw new CliError(`${path}: unknown option "${key}".`, EXIT.badArguments);
    flags[key] = typeof value === 'boolean' ? value : Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  const rules = json.rules as Record<string, CellValue[][]> | undefined;
  try {
    return { flags, ruleTables: rules && Object.entries(rules).map(([scheme, cells]) => ruleTableFromCells(cells, scheme)) };
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`, EXIT.badArguments);
  }
}
