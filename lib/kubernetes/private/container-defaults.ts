import { ContainerDefaults } from '../types';

/**
 * The LimitRange defaults of an application namespace, when `limits` leaves them out: the one owner of these values
 * (the LimitRange the baseline writes and the synth-time check that the default request is not above the default
 * limit both read them here). The `@default` tags of ContainerDefaults document the same values.
 * @see https://kubernetes.io/docs/concepts/policy/limit-range/
 */
export const CONTAINER_DEFAULTS: Required<ContainerDefaults> = {
  defaultCpu: '500m',
  defaultMemory: '512Mi',
  defaultRequestCpu: '100m',
  defaultRequestMemory: '128Mi',
};

/** The namespace's container defaults with the library's values filled in. */
export function resolveContainerDefaults(limits: ContainerDefaults | undefined): Required<ContainerDefaults> {
  return {
    defaultCpu: limits?.defaultCpu ?? CONTAINER_DEFAULTS.defaultCpu,
    defaultMemory: limits?.defaultMemory ?? CONTAINER_DEFAULTS.defaultMemory,
    defaultRequestCpu: limits?.defaultRequestCpu ?? CONTAINER_DEFAULTS.defaultRequestCpu,
    defaultRequestMemory: limits?.defaultRequestMemory ?? CONTAINER_DEFAULTS.defaultRequestMemory,
  };
}
