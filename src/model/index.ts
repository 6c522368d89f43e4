export * from './administration';
export * from './node-kinds';
export * from './properties';
export * from './relationship-types';
export * from './rules';
export * from './statuses';
export * from './validate-value';
export * from './relationship-key';
