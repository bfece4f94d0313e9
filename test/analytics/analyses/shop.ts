import { CellValue } from '../../../src/analytics';

/**
 * A small shop in the shape of seed 002 (status, category, product, payment, gender, age),
 * worked by hand in report.test.ts. c4's only row is a return, so c4 is not scored.
 */
export const SHOP: CellValue[][] = [
  ['customer_id', 'order_id', 'order_date', 'total_price', 'shipping_status', 'category', 'product_name', 'payment_method', 'gender', 'age'],
  ['c1', 'o1', '2023-01-10', 100, 'Delivered', 'Electronics', 'Laptop', 'Card', 'F', 30],
  ['c1', 'o1', '2023-01-10', 20, 'Delivered', 'Accessories', 'Mouse', 'Card', 'F', 30],
  ['c1', 'o2', '2024-02-01', 50, 'Returned', 'Electronics', 'Monitor', 'Card', 'F', 30],
  ['c2', 'o3', '2024-03-05', 200, 'In Transit', 'Electronics', 'Laptop', 'Cash', 'M', 52],
  ['c2', 'o4', '2024-03-20', 10, '', 'Accessories', 'Mouse', 'Cash', 'M', 52],
  ['c3', 'o5', '2023-06-15', 30, 'Delivered', 'Accessories', 'Cable', 'Crypto', '', null],
  ['c4', 'o6', '2024-01-01', 80, 'Returned', 'Wearables', 'Watch', 'Card', 'F', 41],
];
