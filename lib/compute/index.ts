export { NodePool } from './node-pool';
export type { NodePoolAutoscaling, NodePoolOptions, NodePoolProps } from './node-pool';
export { TaintEffect } from './node-taint';
export type { NodeTaint } from './node-taint';
export type { NodePoolUserData, CapacityReservationPlacement } from './node-pool-user-data';
export { NodeScanning } from './node-scanning';
export type { NodeScanningOptions, NodeScanningProps } from './node-scanning';
