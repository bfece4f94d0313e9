export * from './rule-table';
export * from './match';
export * from './labels';
export * from './bound-cells';
export * from './check';
export * from './intervals';
export * from './warnings';
export * from './cells';
