import { Cell } from './state';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What Excel stores when an add-in writes a value into a cell: like typing it. A string
 * starting with "=" becomes a formula; numeric text becomes a number and ISO dates a date
 * serial; "TRUE"/"FALSE" booleans; a leading apostrophe forces text and is not stored
 * (Excel keeps it as the cell's quote prefix, and Range.values reads the text without it).
 */
export function interpretInput(v: unknown): { value?: Cell; formula?: string } {
  if (typeof v !== 'string') return { value: v as Cell };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith('=') && v.length > 1) return { formula: v };
  const s = v.trim();
  if (NUMBER.test(s)) return { value: Number(s) };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  const d = ISO_DATE.exec(s);
  if (d) return { value: Date.UTC(+d[1], +d[2] - 1, +d[3]) / 86400000 + 25569 };
  return { value: v };
}

/**
 * The model does not evaluate formulas: a formula cell reads as #NAME?, which is what
 * Excel shows for the injected formulas this model exists to catch (e.g. "=cmd|...").
 */
export const FORMULA_VALUE = '#NAME?';
