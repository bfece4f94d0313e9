import { ColumnMapping, NO_COLUMN } from '../analytics/table';
import type { Role } from '../analytics/roles';

/** The roles a user can give a column, in the words of the pane. */
export const ROLE_LABELS: Record<Role, string> = {
  customer: 'Customer id', date: 'Order date', amount: 'Amount', order: 'Order id', quantity: 'Quantity',
  unitPrice: 'Unit price', status: 'Status', category: 'Category', product: 'Product', payment: 'Payment method',
  rating: 'Rating', region: 'Region / country', channel: 'Channel', age: 'Age', gender: 'Gender',
  children: 'Has children', education: 'Education', income: 'Income', marital: 'Marital status', language: 'Language',
};

/**
 * The mapping after the user gives column `header` the role `next` ('' for "not used") in
 * place of `previous`: the new role points at the header, the old one is turned off so
 * detection does not hand it straight back.
 */
export function changeRole(mapping: ColumnMapping, header: string, previous: Role | undefined, next: Role | ''): ColumnMapping {
  const out: ColumnMapping = { ...mapping };
  if (previous && previous !== next) out[previous] = NO_COLUMN;
  if (next) out[next] = header;
  return out;
}
