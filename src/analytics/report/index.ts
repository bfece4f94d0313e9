export * from './bands';
export * from './calendar';
export * from './context';
export * from './group-rows';
export * from './breakdowns';
export * from './payment-mix';
export * from './trend';
export * from './returns';
