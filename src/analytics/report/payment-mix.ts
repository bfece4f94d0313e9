import { rowBreakdown } from './breakdowns';
import { AnalysisContext } from './context';
import { GroupRow } from './group-rows';

/** Orders, revenue and share of revenue per payment method (the payment breakdown); null without a payment column. */
export function paymentMix(ctx: AnalysisContext): GroupRow[] | null {
  return rowBreakdown(ctx, 'payment')?.rows ?? null;
}
