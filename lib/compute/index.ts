export * from './node-pool';
export * from './node-taint';
export * from './node-pool-user-data';
export * from './node-scanning';
