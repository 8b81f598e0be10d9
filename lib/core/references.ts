import { HardenedOkeValidationError } from './errors';

/** How to pass each typed reference a building block takes: the construct of this app, or its `fromXxx` import. */
const HOW_TO_PASS = {
  cluster: 'pass the OkeCluster or HardenedCluster, or OkeCluster.fromClusterAttributes(...) for a cluster created elsewhere',
  network: 'pass the ClusterNetwork, or ClusterNetwork.fromNetworkAttributes(...) (NodePoolNetwork.fromNetworkAttributes for a pool) for a network created elsewhere',
  keys: 'pass the ClusterKeys, or ClusterKeys.fromKeyAttributes(...) for keys created elsewhere',
} as const;

/** A typed reference prop (`cluster`, `network`, `keys`), required also of plain JavaScript and Python callers. */
export function requireReference<T>(property: keyof typeof HOW_TO_PASS, value: T | undefined): T {
  if (value === undefined || value === null) throw new HardenedOkeValidationError(property, 'is required', HOW_TO_PASS[property]);
  return value;
}
