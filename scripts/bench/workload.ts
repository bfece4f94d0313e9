/**
 * The benchmark's synthetic order lines, generated deterministically from a seed (issue 8):
 * skewed customer ids over ~rows/12 customers, orders of 1–3 lines, dates over two years,
 * lognormal amounts, ~30% "Returned" orders (a fifth of them credit notes with negative amounts).
 */
import { CellValue } from '../../src/analytics';

export const HEADERS = ['Customer ID', 'Order ID', 'Order Date', 'Quantity', 'Amount', 'Status', 'Category', 'Product'] as const;
export const STATUSES = ['Delivered', 'In Transit', 'Returned'] as const;
export const RETURNED = 2;
const CATEGORIES = ['Electronics', 'Clothing', 'Home', 'Beauty', 'Sports', 'Books', 'Toys', 'Grocery'];
const PRODUCTS = 500;
/** 2023-01-01 as an Excel serial day. */
const FIRST_DAY = 44927;
const DAYS = 730;
const FIRST_ORDER_ID = 5_000_000;

/** The raw columns behind both the 2D values and the typed data. */
export interface Workload {
  rows: number;
  customers: number;
  customerId: Int32Array;
  orderId: Int32Array;
  day: Int32Array;
  quantity: Uint8Array;
  amount: Float64Array;
  status: Uint8Array;
  category: Uint8Array;
  product: Uint16Array;
}

/** mulberry32: a small, fast, seedable 32-bit generator returning [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Customer ids 10001.. shuffled, so that id order says nothing about how much a customer buys. */
function shuffledIds(n: number, rand: () => number): Int32Array {
  const ids = Int32Array.from({ length: n }, (_, i) => 10001 + i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids;
}

function pickStatus(rand: () => number): number {
  const u = rand();
  return u < 0.3 ? RETURNED : u < 0.85 ? 0 : 1;
}

export function generateWorkload(rows: number, seed = 8): Workload {
  const rand = mulberry32(seed);
  const customers = Math.max(1, Math.round(rows / 12));
  const ids = shuffledIds(customers, rand);
  const w: Workload = {
    rows, customers,
    customerId: new Int32Array(rows), orderId: new Int32Array(rows), day: new Int32Array(rows),
    quantity: new Uint8Array(rows), amount: new Float64Array(rows), status: new Uint8Array(rows),
    category: new Uint8Array(rows), product: new Uint16Array(rows),
  };
  let i = 0;
  for (let order = 0; i < rows; order++) {
    // u² skews towards the first customers: the busiest buy ~ten times as often as the median one.
    const customer = ids[Math.floor(customers * rand() ** 2)];
    const day = FIRST_DAY + Math.floor(rand() * DAYS);
    const status = pickStatus(rand);
    const creditNote = status === RETURNED && rand() < 0.2;
    const lines = 1 + Math.floor(rand() * 3);
    for (let l = 0; l < lines && i < rows; l++, i++) {
      w.customerId[i] = customer;
      w.orderId[i] = FIRST_ORDER_ID + order;
      w.day[i] = day;
      w.quantity[i] = 1 + Math.floor(rand() * 5);
      const amount = Math.round(Math.exp(3 + normal(rand)) * 100) / 100;
      w.amount[i] = creditNote ? -amount : amount;
      w.status[i] = status;
      w.category[i] = Math.floor(rand() * CATEGORIES.length);
      w.product[i] = Math.floor(rand() * PRODUCTS);
    }
  }
  return w;
}

const pad2 = (x: number) => (x < 10 ? `0${x}` : `${x}`);

/**
 * A copy of a short string, as the cells reach ingest in the pane's worker: structured clone
 * (postMessage) gives each cell a string of its own. (JSON.parse, which Office.js's responses go
 * through first, shares strings of up to 10 characters; the clone into the worker does not.)
 */
const fresh = (s: string) => `${s} `.slice(0, -1);

/** yyyy-mm-dd of an Excel serial day. */
export function isoDate(serial: number): string {
  const d = new Date((serial - 25569) * 86400000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

export type DateCells = 'iso' | 'serial';

/** The 2D block Excel would hand over: a header row, then one row of 8 cells per order line. */
export function toValues(w: Workload, dates: DateCells): CellValue[][] {
  const values: CellValue[][] = new Array(w.rows + 1);
  values[0] = [...HEADERS];
  for (let i = 0; i < w.rows; i++) {
    const date = dates === 'iso' ? isoDate(w.day[i]) : w.day[i];
    values[i + 1] = [
      w.customerId[i], w.orderId[i], date, w.quantity[i], w.amount[i],
      fresh(STATUSES[w.status[i]]), fresh(CATEGORIES[w.category[i]]), `P${1000 + w.product[i]}`,
    ];
  }
  return values;
}
