import { API_ACCESS_CONTROLS } from './api-access';
import { DATA_PROTECTION_CONTROLS } from './data-protection';
import { ENCRYPTION_CONTROLS } from './encryption';
import { IDENTITY_CONTROLS } from './identity';
import { NETWORK_CONTROLS } from './network';
import { NETWORK_POLICY_CONTROLS } from './network-policy';
import { NODE_CONTROLS } from './nodes';
import { OBSERVABILITY_CONTROLS } from './observability';
import { SUPPLY_CHAIN_CONTROLS } from './supply-chain';
import { Control } from './types';
import { WORKLOAD_CONTROLS } from './workloads';

/** The whole catalog, in report order. */
export const CATALOG: readonly Control[] = [
  ...NETWORK_CONTROLS,
  ...API_ACCESS_CONTROLS,
  ...IDENTITY_CONTROLS,
  ...ENCRYPTION_CONTROLS,
  ...NODE_CONTROLS,
  ...SUPPLY_CHAIN_CONTROLS,
  ...WORKLOAD_CONTROLS,
  ...NETWORK_POLICY_CONTROLS,
  ...OBSERVABILITY_CONTROLS,
  ...DATA_PROTECTION_CONTROLS,
];

export function controlById(id: string): Control | undefined {
  return CATALOG.find((c) => c.id === id);
}
