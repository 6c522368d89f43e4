export * from './node-kinds';
export * from './properties';
export * from './relationship-types';
export * from './statuses';
