/**
 * Issue 18 §3: a node pool's own rules are checked once, by NodePool; HardenedCluster checks only the rules that
 * span pools (unique names, one pool the autoscaler does not manage), and errors keep the composite's property paths.
 */
import { HardenedCluster } from '../../lib/hardened-cluster';
import { validateNodePoolOptions } from '../../lib/compute/validate-node-pool';
import { validatePoolVersionSkew } from '../../lib/compute/validate-node-pool-scheduling';
import { CLUSTER_PROPS, newStack, SYSTEM_POOL } from '../support';

jest.mock('../../lib/compute/validate-node-pool', () => {
  const actual = jest.requireActual('../../lib/compute/validate-node-pool');
  return { ...actual, validateNodePoolOptions: jest.fn(actual.validateNodePoolOptions) };
});
jest.mock('../../lib/compute/validate-node-pool-scheduling', () => {
  const actual = jest.requireActual('../../lib/compute/validate-node-pool-scheduling');
  return { ...actual, validatePoolVersionSkew: jest.fn(actual.validatePoolVersionSkew) };
});

const perPool = [validateNodePoolOptions as jest.Mock, validatePoolVersionSkew as jest.Mock];
const apps = { ...SYSTEM_POOL, name: 'apps', size: 2 };

beforeEach(() => perPool.forEach((m) => m.mockClear()));

test('each pool of nodePools and addNodePool is validated once', () => {
  const cluster = new HardenedCluster(newStack(), 'prod', { ...CLUSTER_PROPS, nodePools: [SYSTEM_POOL, apps] });
  for (const m of perPool) expect(m).toHaveBeenCalledTimes(2);
  cluster.addNodePool({ ...SYSTEM_POOL, name: 'batch' });
  for (const m of perPool) expect(m).toHaveBeenCalledTimes(3);
});

test('an invalid second pool is reported under its nodePools path', () => {
  expect(() => new HardenedCluster(newStack(), 'prod', { ...CLUSTER_PROPS, nodePools: [SYSTEM_POOL, { ...apps, size: 0 }] }))
    .toThrow(/^nodePools\[1\]\.size: /);
  expect(() => new HardenedCluster(newStack(), 'prod', { ...CLUSTER_PROPS, nodePools: [SYSTEM_POOL, { ...apps, kubernetesVersion: 'v1.99.0' }] }))
    .toThrow(/^nodePools\[1\]\.kubernetesVersion: /);
});
