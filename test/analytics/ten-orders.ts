import { CellValue } from '../../src/analytics';

/**
 * The hand-checked case (see fixtures/ten-orders.expected.csv for the worked result):
 * latest date 2024-03-31, so as-of 2024-04-01; B's -40 row is a credit note (a return, netted).
 */
export const TEN_ORDERS: CellValue[][] = [
  ['Customer ID', 'Order ID', 'Order Date', 'Amount'],
  ['A', 'O1', '2024-01-01', 10],
  ['A', 'O1', 45292, '5'], // 45292 = 2024-01-01 as an Excel serial; amount as text
  ['A', 'O2', '2024-03-01 10:15:00', 20],
  ['B', 'O3', '2/15/2024', 100],
  ['C', 'O4', 45361, 7.5], // 2024-03-10
  ['C', 'O5', '2024-03-20', '$7.50'],
  ['C', 'O6', '2024-03-30', 7.5],
  ['D', 'O7', '2023-12-01', 50],
  ['E', 'O8', '2024-03-31', 30],
  ['B', 'O9', '2024-03-05', -40],
];

/**
 * Worked by hand. Scores: A R3 F4 M3, B R2 F1 M5, C R4 F5 M1, D R1 F2 M4, E R5 F3 M2.
 * Personas use PERCENT_RANK × 100 over the five customers: revenue B 100 (Premium), D's recency
 * 100 (High Churn Risk); nobody else reaches a persona's bound, so they are Standard Customers.
 */
export const TEN_ORDERS_EXPECTED = [
  { customer: 'A', recencyDays: 31, frequency: 2, monetary: 35, r: 3, f: 4, m: 3, segment: 'Loyal Customers',
    segments: { rfm: 'Loyal Customers', rfgrid: 'Loyal Customers', tiers: 'Loyal', personas: 'Standard Customer' } },
  { customer: 'B', recencyDays: 46, frequency: 1, monetary: 60, r: 2, f: 1, m: 5, segment: 'Others',
    segments: { rfm: 'Others', rfgrid: 'Hibernating', tiers: 'Periodic Buyers', personas: 'Premium Customer' } },
  { customer: 'C', recencyDays: 2, frequency: 3, monetary: 22.5, r: 4, f: 5, m: 1, segment: 'Others',
    segments: { rfm: 'Others', rfgrid: 'Loyal Customers', tiers: 'Loyal', personas: 'Standard Customer' } },
  { customer: 'D', recencyDays: 122, frequency: 1, monetary: 50, r: 1, f: 2, m: 4, segment: 'At Risk',
    segments: { rfm: 'At Risk', rfgrid: 'Hibernating', tiers: 'Periodic Buyers', personas: 'High Churn Risk' } },
  { customer: 'E', recencyDays: 1, frequency: 1, monetary: 30, r: 5, f: 3, m: 2, segment: 'Potential Loyalist',
    segments: { rfm: 'Potential Loyalist', rfgrid: 'Potential Loyalists', tiers: 'Loyal', personas: 'Standard Customer' } },
];
