export * from './blocks';
export * from './ownership';
export * from './progress';
export * from './read-source';
export * from './run';
export * from './safe-cells';
export * from './write-customers';
export * from './write-segment-columns';
