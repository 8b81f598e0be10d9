import { NetworkPolicyEngine } from './types';

/** The engine every construct assumes when none is chosen: the one the library installs and pins. */
export const DEFAULT_NETWORK_POLICY_ENGINE = NetworkPolicyEngine.CILIUM_CHAINED;
