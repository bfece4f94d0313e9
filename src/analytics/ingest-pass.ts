import { isBlank, isExcelError } from './cells';
import { MAX_SERIAL, columnDayMonthOrder, dayFromNumber, textDay } from './dates';
import { FEW_LABELS, shapeOf } from './dimensions';
import { normalizeId } from './ids';
import { OTHER_ID, RowPass, customerKeys, markBad, markEmpty, readNumber } from './ingest-rows';
import { isReturnedStatus } from './returns';
import { MAX_RUN } from './analyses/order-runs';

/**
 * readRows (ingest-rows.ts) compiled for the mapping's attribute columns, as the report's pass is
 * (analyses/group-kernel.ts): each category column gets a site of its own in the loop, which
 * settles a cell equal to its slot's last string with the slot tables, codes and few-labels test
 * in locals, and each numeric column one that stores a number cell itself. In readRows one
 * inlined `add` serves every column through the encoder's fields; written out per column here the
 * pass is ~8 ms faster at a million rows (docs/performance.md, finding 42). Written out in
 * readRows itself it would not be: V8 inlines ~920 bytes of bytecode into a function, not three
 * copies of `add`. The rest of the row is readRows' own, for one block of cells: a test holds the
 * two passes to each other, and the ingest property test both to a plain reading.
 */
export type RowPassFunction = (p: RowPass) => number;

/** Helpers and constants the compiled source calls by name. */
const HELPERS = {
  isBlank, isExcelError, normalizeId, dayFromNumber, textDay, columnDayMonthOrder, readNumber, markEmpty, markBad,
  isReturnedStatus, customerKeys, shapeOf, MAX_RUN, MAX_SERIAL, OTHER_ID, FEW_LABELS,
};

/** Whether passes can be compiled here (tests turn it off to run readRows). */
export const ingestKernels = { enabled: true };

const compiled = new Map<string, RowPassFunction | null>();

/**
 * The pass for one block of cells with this many category and numeric columns, compiled on
 * first use and kept (its optimised code with it); undefined where the host forbids compiling.
 */
export function compiledRowPass(categories: number, numbers: number): RowPassFunction | undefined {
  if (!ingestKernels.enabled) return undefined;
  const key = `${categories},${numbers}`;
  let pass = compiled.get(key);
  if (pass === undefined) {
    try {
      const factory = new Function(...Object.keys(HELPERS), `return ${rowPassSource(categories, numbers)}`);
      pass = factory(...Object.values(HELPERS)) as RowPassFunction;
    } catch (error) {
      // A Content-Security-Policy without 'unsafe-eval' refuses to compile: readRows does the work.
      if (!(error instanceof EvalError)) throw error;
      pass = null;
    }
    compiled.set(key, pass);
  }
  return pass ?? undefined;
}

const range = (n: number) => Array.from({ length: n }, (_, k) => k);

/** Category column k's locals: its encoder, column, slot tables, codes and few-labels test. */
const categoryLocals = (k: number) => `
  const e${k} = p.categories[${k}].encoder, col${k} = p.categories[${k}].ref.col;
  const last${k} = e${k}.lastOfSlot, slotCode${k} = e${k}.codeOfSlot;
  let codes${k} = e${k}.codes, few${k} = e${k}.labels.length <= FEW_LABELS;`;

/** Category column k's cell: a new label may widen the codes and end the few-labels test, so both are read again after one. */
const categoryCell = (k: number) => `
    {
      const v = cells[col${k}];
      let code;
      if (typeof v === 'string') {
        const slot = few${k} ? shapeOf(v) : e${k}.slotOf(v);
        code = slot >= 0 && last${k}[slot] === v ? slotCode${k}[slot] : -2;
        if (code === -2) {
          code = e${k}.codeOfNewText(v, i, slot);
          codes${k} = e${k}.codes;
          few${k} = e${k}.labels.length <= FEW_LABELS;
        }
      } else {
        code = e${k}.add(v, i);
        codes${k} = e${k}.codes;
        few${k} = e${k}.labels.length <= FEW_LABELS;
      }
      codes${k}[i] = code;
    }`;

const numberLocals = (k: number) => `
  const ne${k} = p.numbers[${k}].encoder, ncol${k} = p.numbers[${k}].ref.col, values${k} = ne${k}.values;`;

const numberCell = (k: number) => `
    {
      const v = cells[ncol${k}];
      if (typeof v === 'number' && v - v === 0) values${k}[i] = v;
      else ne${k}.add(v, i);
    }`;

/** The source of the pass: readRows' loop over one block, the attribute columns written out. */
function rowPassSource(categories: number, numbers: number): string {
  return `function rowPass(p) {
  const { customerRef, dateRef, amountRef, orderRef, quantity, unitPrice, status, returnedStatuses, ids, orders } = p;
  const { customer, day, amount, order, isReturn } = p;
  const n = customer.length;
  const rows = p.block.rows, start = p.block.start;
  const customerCol = customerRef.col, dateCol = dateRef.col;
  ${range(categories).map(categoryLocals).join('')}
  ${range(numbers).map(numberLocals).join('')}
  const returnedCode = [];
  let dayOrder;
  const columnOrder = () => (dayOrder === undefined ? (dayOrder = columnDayMonthOrder(dateRef)) : dayOrder);
  let used = 0;
  const otherIds = [];
  let firstDay = Infinity, lastDay = -Infinity;
  let runKey = -1, runLength = 0, newestKey = -1, lastOrderId = NaN, lastOrderKey = -1;
  for (let i = 0; i < n; i++) {
    const cells = rows[start + i];
    ${range(categories).map(categoryCell).join('')}
    ${range(numbers).map(numberCell).join('')}
    const row = i + 1;
    let ok = true;
    const idCell = cells[customerCol];
    const id = typeof idCell === 'number' ? (Number.isFinite(idCell) ? idCell : undefined) : isExcelError(idCell) ? undefined : normalizeId(idCell);
    if (id === undefined) {
      if (isBlank(idCell)) markEmpty(p.customerQuality, row);
      else markBad(p.customerQuality, row);
      ok = false;
    }
    const dateCell = cells[dateCol];
    const d = typeof dateCell === 'number'
      ? dateCell >= 1 && dateCell <= MAX_SERIAL ? Math.floor(dateCell) : dayFromNumber(dateCell)
      : typeof dateCell === 'string' ? textDay(dateCell, columnOrder) : NaN;
    if (Number.isNaN(d)) {
      if (isBlank(dateCell)) markEmpty(p.dateQuality, row);
      else markBad(p.dateQuality, row);
      ok = false;
    }
    let amt;
    if (amountRef === undefined) amt = quantity[i] * unitPrice[i];
    else {
      const amountCell = cells[amountRef.col];
      amt = typeof amountCell === 'number' && Number.isFinite(amountCell) ? amountCell : readNumber(amountCell, p.amountQuality, row);
    }
    if (Number.isNaN(amt)) ok = false;
    let orderKey = -1;
    if (orderRef !== undefined) {
      const orderCell = cells[orderRef.col];
      if (typeof orderCell === 'number' && Number.isInteger(orderCell)) {
        if (ok) orderKey = orderCell === lastOrderId ? lastOrderKey : (lastOrderKey = orders.keyOfInteger((lastOrderId = orderCell)));
      } else {
        const o = normalizeId(orderCell);
        if (o === undefined) markEmpty(p.orderQuality, row);
        else if (ok) orderKey = orders.keyOf(o);
      }
    }
    order[i] = orderKey;
    if (orderKey < 0) runKey = -1;
    else if (orderKey === runKey) {
      if (++runLength === MAX_RUN + 1) p.scatteredOrders.push(orderKey);
    } else {
      if (orderKey <= newestKey) p.scatteredOrders.push(orderKey);
      else newestKey = orderKey;
      runKey = orderKey;
      runLength = 1;
    }
    if (!ok) {
      customer[i] = -1;
      continue;
    }
    if (typeof id === 'number' && id >= 0 && (id | 0) === id) customer[i] = id;
    else {
      customer[i] = OTHER_ID;
      otherIds.push(id);
    }
    day[i] = d;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
    amount[i] = amt;
    let returned;
    if (status !== undefined) {
      const code = status.codes[i];
      if (code >= 0 && returnedCode[code] === undefined) returnedCode[code] = isReturnedStatus(status.labels[code], returnedStatuses);
      returned = code >= 0 && returnedCode[code];
    } else returned = amt < 0 || (quantity !== undefined && quantity[i] < 0);
    isReturn[i] = returned ? 1 : 0;
    used++;
  }
  p.dayRange[0] = firstDay;
  p.dayRange[1] = lastDay;
  customerKeys(customer, otherIds, ids);
  return used;
}`;
}
