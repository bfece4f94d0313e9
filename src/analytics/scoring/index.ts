export * from './order';
export * from './ntile';
export * from './rank-quantile';
export * from './rfm-package';
export * from './fixed';
