import { Id } from './ids';

/** A customer-level attribute value: the customer's most frequent value of a column. */
export type AttributeValue = string | number | null;

/**
 * The scored customers (those with a purchase), ascending by customer id, struct-of-arrays:
 * index i of every array is the same customer. This is what scoring, segments and every
 * report analysis read.
 */
export interface CustomerTable {
  size: number;
  ids: Id[];
  /** Customer key (Transactions.customer) of each scored customer. */
  keys: Int32Array;
  /** Customer key → index in this table, -1 when not scored. */
  indexOfKey: Int32Array;
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  firstPurchaseDay: Float64Array;
  lastPurchaseDay: Float64Array;
  /** Days from first to last purchase. */
  tenureDays: Float64Array;
  /** monetary / frequency. */
  aov: Float64Array;
  /** frequency / months from first purchase to the as-of date (at least one month). */
  ordersPerMonth: Float64Array;
  returnRows: Float64Array;
  returnedRevenue: Float64Array;
  /** Scores 1..bins, higher is better. */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** Indices by monetary, largest first, ties by id: sorted on first call, then kept. */
  byRevenue: () => Int32Array;
  /** PERCENT_RANK × 100 of each metric, ascending (higher value → higher percentile). */
  percentile: { recency: Float64Array; frequency: Float64Array; monetary: Float64Array; aov: Float64Array };
  /** The values each percentile ranks: the metrics, AOV rounded to the cent as it is shown. */
  percentileBasis: { recency: Float64Array; frequency: Float64Array; monetary: Float64Array; aov: Float64Array };
  /**
   * Segment of each customer per scheme id ("rfm", "rfgrid", "tiers", "personas", or a user
   * table), as its index into the scheme's segmentNames. What the analyses read.
   */
  segmentCodes: Record<string, Uint16Array>;
  /** The same segments as names (each scheme's array made on first read). */
  segments: Record<string, string[]>;
  /** Customer-level attributes (gender, age, …) by attribute name. */
  attributes: Record<string, AttributeValue[]>;
}
