/**
 * The startup taint of the NetworkPolicy engine, owned here because node pools register it and the engine's
 * operator removes it.
 *
 * Cilium: "Considerations on node pool taints and unmanaged pods" (Cilium docs) recommends tainting every node
 * with `node.cilium.io/agent-not-ready=true:NoExecute`; the Cilium operator removes the taint once the agent on the
 * node is ready (Helm values `agentNotReadyTaintKey` and `operator.removeNodeTaints`, both left at their defaults by
 * this library). The effect is NoExecute, not NoSchedule, since Cilium 1.11 (release notes of cilium/cilium#18486:
 * "Users should update their node taints from ...:NoSchedule to ...:NoExecute"), so pods that slip onto a node
 * before the agent runs are evicted too.
 */
export const CILIUM_AGENT_NOT_READY_TAINT = {
  key: 'node.cilium.io/agent-not-ready',
  value: 'true',
  effect: 'NoExecute',
} as const;
