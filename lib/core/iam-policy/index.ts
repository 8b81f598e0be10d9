export * from './parser';
export * from './reference';
export * from './validate';
export * from './administrators';
