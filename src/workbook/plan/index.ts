export * from './types';
export * from './layout';
export * from './plan-report';
export { DASHBOARD_SHEET } from './dashboard';
export { CUSTOMERS_SHEET as CUSTOMERS_PLAN_SHEET } from './customers-sheet';
export { BREAKDOWNS_SHEET } from './breakdowns-sheet';
export { QUALITY_SHEET } from './quality-sheet';
export { RULES_SHEET, rulesTableName } from './rules-sheet';
export * from './segment-columns';
