export * from './image-signing-keys';
export * from './container-repositories';
export * from './vulnerability-scanning';
export * from './supply-chain';
