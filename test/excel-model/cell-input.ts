import { Cell } from './state';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What Excel stores when an add-in writes a value into a cell: like typing it.
 *
 * - Formulas: the Range.values reference (Excel JavaScript API, ExcelApi 1.1) says "If the
 *   returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 *   this value as a formula." So "=…" is stored as that formula, and "+…"/"-…" that is not a
 *   plain number as the formula "=+…"/"=-…" (a signed number such as "-5" is just the number).
 * - A leading apostrophe forces text and is not part of the value: Microsoft's support article
 *   KB 269370 ("type a single quotation mark (') before you enter the number") keeps digits as
 *   typed text, and the Office JS API reads such cells back without the apostrophe (it is the
 *   cell's quote prefix; OfficeDev/office-js issue #6687 reports range.formulas dropping it).
 *   This is how the add-in writes formula-looking text as text.
 * - Otherwise numeric text becomes a number, an ISO date a date serial, TRUE/FALSE booleans.
 */
export function interpretInput(v: unknown): { value?: Cell; formula?: string } {
  if (typeof v !== 'string') return { value: v as Cell };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith('=') && v.length > 1) return { formula: v };
  const s = v.trim();
  if (NUMBER.test(s)) return { value: Number(s) };
  if (/^[+-]./.test(v)) return { formula: `=${v}` };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  const d = ISO_DATE.exec(s);
  if (d) return { value: Date.UTC(+d[1], +d[2] - 1, +d[3]) / 86400000 + 25569 };
  return { value: v };
}

/**
 * The model does not evaluate formulas: a formula cell's `values` read as "#NAME?" (and its
 * `formulas` give the formula), which is what Excel shows for the injected formulas this model
 * exists to catch (e.g. "=cmd|' /C calc'!A0"). Tests that need a formula's result use `formulas`.
 */
export const FORMULA_VALUE = '#NAME?';
