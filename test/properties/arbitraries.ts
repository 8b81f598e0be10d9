/**
 * fast-check generators of HardenedCluster configurations: a small model of the choices a user makes, turned into
 * props by toProps(), and corruptions that break exactly one field of a valid configuration and say which
 * property the validation error must name.
 */
import * as fc from 'fast-check';
import { cidrsOverlap, formatCidr, parseCidr, subnetOf } from '../../lib/core/cidr';
import { OKE_KUBERNETES_VERSIONS, OKE_SUPPORTED_MINORS } from '../../lib/core/kubernetes-version';
import { flexShapeLimits, KNOWN_FLEX_SHAPES } from '../../lib/compute/private/flex-shapes';
import { DEFAULT_PODS_CIDR, DEFAULT_SERVICES_CIDR } from '../../lib/core/limits';
import { NodePoolOptions } from '../../lib/compute/node-pool';
import { HardenedClusterProps } from '../../lib/hardened-cluster';
import { CniType } from '../../lib/network/cni-type';
import { defaultSubnetLayout } from '../../lib/network/private/subnet-layout';

export const REGION = 'eu-frankfurt-1';
/** Blocks OKE uses inside every cluster (services) and for flannel pods: a VCN must not overlap them. */
const CLUSTER_CIDRS = [DEFAULT_SERVICES_CIDR, DEFAULT_PODS_CIDR];
type Role = 'apiEndpoint' | 'workers' | 'pods' | 'loadBalancers' | 'bastion';

/** A unique-id part of an OCID (lowercase letters and digits). */
const uniquePart = fc.stringMatching(/^[a-z0-9]{20,40}$/);
const ocid = (type: string, regional = true) => uniquePart.map((u) => `ocid1.${type}.oc1.${regional ? REGION : ''}.${u}`);

export type PoolModel = NodePoolOptions;

/** The choices behind one configuration. */
export interface ConfigModel {
  readonly name: string;
  readonly kubernetesVersion: string;
  readonly cni: CniType;
  readonly vcnCidr: string;
  /** Explicit subnet carving of a new VCN (else the default layout). */
  readonly carve?: Partial<Record<Role, string>>;
  /** Bring your own VCN and subnets. */
  readonly byo?: { vcnId: string; subnetIds: Record<string, string>; bastionSubnetCidr: string };
  readonly existingKeys?: { secretsKeyId: string; volumesKeyId: string; vault?: string };
  /** Own RSA image signing keys; always with existing keys but no vault (signing keys are created in a vault). */
  readonly signingKeyIds?: string[];
  readonly rotationIntervalDays?: number;
  readonly maxSessionTtlSeconds?: number;
  readonly clientCidrs: string[];
  readonly apiAdminCidrs?: string[];
  readonly adminGroupIds?: string[];
  readonly oidc?: { issuerUrl: string; clientId: string; issuerCidrs: string[]; usernamePrefix?: string; groupsPrefix?: string };
  readonly pools: PoolModel[];
  readonly compartmentId: string;
  readonly tenancyId: string;
}

/** A private VCN block of prefix /16 to /20 that avoids OKE's cluster CIDRs. */
export const vcnCidr: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom(['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16]),
  fc.integer({ min: 16, max: 20 }),
  fc.nat(),
).map(([[base, basePrefix], prefix, n]) => {
  const blocks = 2 ** (prefix - (basePrefix as number));
  return formatCidr(parseCidr(`${base}/${basePrefix}`)!.network + (n % blocks) * 2 ** (32 - prefix), prefix);
}).filter((cidr) => CLUSTER_CIDRS.every((c) => !cidrsOverlap(cidr, c)));

/** Subnets carved from eight equal parts of the VCN, one part per role at most, each block /(p+3) to /28. */
function carving(vcn: string, roles: Role[]): fc.Arbitrary<Partial<Record<Role, string>>> {
  const p = parseCidr(vcn)!.prefix;
  return fc.tuple(
    fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: roles.length, maxLength: roles.length }),
    fc.array(fc.integer({ min: 0, max: 28 - (p + 3) }), { minLength: roles.length, maxLength: roles.length }),
    fc.array(fc.nat(), { minLength: roles.length, maxLength: roles.length }),
  ).map(([parts, extra, pick]) => {
    const out: Partial<Record<Role, string>> = {};
    roles.forEach((role, i) => {
      const part = subnetOf(vcn, p + 3, parts[i]);
      const prefix = p + 3 + extra[i];
      out[role] = subnetOf(part, prefix, pick[i] % 2 ** (prefix - p - 3));
    });
    return out;
  });
}

/** A flex-shape pool within the shape's OCPU and memory limits; optional fields left out at random. */
const pool = (name: string): fc.Arbitrary<PoolModel> => fc.constantFrom(...KNOWN_FLEX_SHAPES).chain((shape) => {
  const l = flexShapeLimits(shape);
  return fc.integer({ min: l.minOcpus, max: Math.min(l.maxOcpus, 64) }).chain((ocpus) => fc.record({
    name: fc.constant(name),
    shape: fc.constant(shape),
    // OCPUs and memory together, or neither (the defaults, 2 and 16, fit every flex shape).
    sizing: fc.option(fc.record({
      ocpus: fc.constant(ocpus),
      memoryGbs: fc.integer({ min: ocpus * l.minMemoryPerOcpu, max: Math.min(ocpus * l.maxMemoryPerOcpu, l.maxMemoryGbs) }),
    }), { nil: undefined }),
    size: fc.integer({ min: 1, max: 1000 }),
    bootVolumeSizeGbs: fc.integer({ min: 50, max: 32768 }),
    maxPodsPerNode: fc.integer({ min: 1, max: 110 }),
    maximumSurge: fc.oneof(fc.integer({ min: 1, max: 10 }).map(String), fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`)),
    imageId: ocid('image'),
  }, { requiredKeys: ['name', 'shape', 'sizing'] }).map(({ sizing, ...rest }) => ({ ...rest, ...sizing })));
});

/** A client CIDR outside 10/8 and loopback, /8 to /32 (never the whole internet). */
// /10 or longer: three of them stay under the allow-list's one-/8 total (lib/core/cidr ALLOW_LIST_MAX_IPV4_ADDRESSES).
const publicCidr = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 10, max: 32 }), fc.nat({ max: 2 ** 24 - 1 }))
  .filter(([a]) => a !== 10 && a !== 127)
  .map(([a, prefix, rest]) => {
    const mask = (0xffffffff << (32 - prefix)) >>> 0;
    return formatCidr((((a << 24) >>> 0) + rest & mask) >>> 0, prefix);
  });

const prefixValue = fc.stringMatching(/^[a-z][a-z0-9:_-]{0,10}$/);

export const validModel: fc.Arbitrary<ConfigModel> = fc.record({
  name: fc.stringMatching(/^[a-z]([a-z0-9-]{0,28}[a-z0-9])?$/),
  kubernetesVersion: fc.constantFrom(...OKE_KUBERNETES_VERSIONS),
  cni: fc.constantFrom(CniType.OCI_VCN_IP_NATIVE, CniType.FLANNEL_OVERLAY),
  vcnCidr,
  network: fc.constantFrom('default-layout', 'carved', 'byo'),
  carveSeed: fc.nat(),
  byoIds: fc.record({ vcn: ocid('vcn'), api: ocid('subnet'), workers: ocid('subnet'), pods: ocid('subnet'), lb: ocid('subnet'), bastion: ocid('subnet') }),
  existingKeys: fc.option(fc.record({ secretsKeyId: ocid('key'), volumesKeyId: ocid('key'), vault: fc.option(ocid('vault'), { nil: undefined }) }), { nil: undefined }),
  signingKeyIds: fc.option(fc.uniqueArray(ocid('key'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  rotationIntervalDays: fc.option(fc.integer({ min: 60, max: 365 }), { nil: undefined }),
  maxSessionTtlSeconds: fc.option(fc.integer({ min: 1800, max: 10800 }), { nil: undefined }),
  clientCidrs: fc.uniqueArray(publicCidr, { minLength: 1, maxLength: 3 }),
  apiAdminCidrs: fc.option(fc.uniqueArray(publicCidr, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  adminGroupIds: fc.option(fc.uniqueArray(ocid('group', false), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  oidc: fc.option(fc.record({
    issuerUrl: fc.stringMatching(/^https:\/\/[a-z0-9]{1,12}\.example\.com(\/[a-z0-9]{1,8})?$/),
    clientId: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    issuerCidrs: fc.uniqueArray(publicCidr, { minLength: 1, maxLength: 2 }),
    usernamePrefix: prefixValue,
    groupsPrefix: prefixValue,
  }, { requiredKeys: ['issuerUrl', 'clientId', 'issuerCidrs'] }), { nil: undefined }),
  poolNames: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), { minLength: 1, maxLength: 4 }),
  compartmentId: ocid('compartment', false),
  tenancyId: ocid('tenancy', false),
}).chain((c) => {
  const native = c.cni === CniType.OCI_VCN_IP_NATIVE;
  const roles: Role[] = native ? ['apiEndpoint', 'workers', 'pods', 'loadBalancers', 'bastion'] : ['apiEndpoint', 'workers', 'loadBalancers', 'bastion'];
  return fc.tuple(
    c.network === 'carved' ? carving(c.vcnCidr, roles) : fc.constant(undefined),
    fc.tuple(...c.poolNames.map(pool)),
  ).map(([carve, pools]): ConfigModel => ({
    name: c.name,
    kubernetesVersion: c.kubernetesVersion,
    cni: c.cni,
    vcnCidr: c.vcnCidr,
    carve,
    byo: c.network === 'byo' ? {
      vcnId: c.byoIds.vcn,
      subnetIds: { apiEndpoint: c.byoIds.api, workers: c.byoIds.workers, loadBalancers: c.byoIds.lb, bastion: c.byoIds.bastion, ...(native ? { pods: c.byoIds.pods } : {}) },
      bastionSubnetCidr: subnetOf(c.vcnCidr, 28, 1 + (c.carveSeed % 8)),
    } : undefined,
    existingKeys: c.existingKeys,
    signingKeyIds: c.signingKeyIds ?? (c.existingKeys && !c.existingKeys.vault ? [c.byoIds.api.replace('.subnet.', '.key.')] : undefined),
    rotationIntervalDays: c.rotationIntervalDays,
    maxSessionTtlSeconds: c.maxSessionTtlSeconds,
    clientCidrs: c.clientCidrs,
    apiAdminCidrs: c.apiAdminCidrs,
    adminGroupIds: c.adminGroupIds,
    oidc: c.oidc,
    pools: pools as PoolModel[],
    compartmentId: c.compartmentId,
    tenancyId: c.tenancyId,
  }));
});

/** HardenedCluster props of a model (a fresh object every call, so corruptions can mutate it). */
export function toProps(m: ConfigModel): HardenedClusterProps {
  return JSON.parse(JSON.stringify({
    compartmentId: m.compartmentId,
    tenancyId: m.tenancyId,
    region: REGION,
    name: m.name,
    kubernetesVersion: m.kubernetesVersion,
    network: {
      cni: m.cni,
      ...(m.byo
        ? { existingVcn: { vcnId: m.byo.vcnId, vcnCidr: m.vcnCidr, subnetIds: m.byo.subnetIds, bastionSubnetCidr: m.byo.bastionSubnetCidr } }
        : { vcnCidr: m.vcnCidr, subnetCidrs: m.carve }),
      apiAdminCidrs: m.apiAdminCidrs,
    },
    bastion: { clientCidrs: m.clientCidrs, maxSessionTtlSeconds: m.maxSessionTtlSeconds },
    encryption: {
      rotationIntervalDays: m.rotationIntervalDays,
      existingKeys: m.existingKeys && { secretsKeyId: m.existingKeys.secretsKeyId, volumesKeyId: m.existingKeys.volumesKeyId },
      existingVault: m.existingKeys?.vault && { vaultId: m.existingKeys.vault, managementEndpoint: `https://vault-management.kms.${REGION}.oraclecloud.com` },
    },
    supplyChain: m.signingKeyIds && { signing: { existingKeyIds: m.signingKeyIds, vaultManagementEndpoint: `https://signing-management.kms.${REGION}.oraclecloud.com` } },
    adminGroupIds: m.adminGroupIds,
    oidc: m.oidc,
    nodePools: m.pools,
    // Cilium chained after flannel is refused (issue 10 §5): flannel clusters bring Calico.
    kubernetes: m.cni === CniType.FLANNEL_OVERLAY ? { networkPolicyEngine: 'EXTERNAL_CALICO' } : undefined,
  }));
}

/** One corrupted field: what to change, and the property paths the error may name. */
export interface Corruption {
  readonly label: string;
  apply(props: any): void;
  readonly expected: string[];
}

const malformedCidr = fc.oneof(
  fc.constantFrom('10.0.0.1/16', '10.0.0.0/33', '256.0.0.0/16', '10.0.0/16', '10.0.0.0', 'ten.0.0.0/16', '', ' 10.0.0.0/16', '10.0.0.0/16 ', '10.0.0.0/-1', '::/0'),
  fc.string({ maxLength: 20 }).filter((s) => !parseCidr(s)),
);
const badOcid = (kind: string) => fc.oneof(
  fc.constantFrom('', 'ocid1', `ocid1.${kind}.oc1..`, `OCID1.${kind.toUpperCase()}.OC1..AAAA`, `${kind}-123`, 'ocid1.instance.oc1.eu-frankfurt-1.aaaaaaaaxyz'),
  uniquePart.map((u) => `ocid1.${kind === 'subnet' ? 'vcn' : 'subnet'}.oc1.${REGION}.${u}`),
  fc.string({ maxLength: 30 }).filter((s) => !s.startsWith('ocid1.')),
);
const outside = (lo: number, hi: number) => fc.oneof(fc.integer({ min: -1e6, max: lo - 1 }), fc.integer({ min: hi + 1, max: 1e7 }), fc.double({ min: lo + 0.01, max: hi - 0.01, noNaN: true }).filter((x) => !Number.isInteger(x)));

function corruption(label: string, expected: string[] | string, apply: (props: any) => void): Corruption {
  return { label, expected: Array.isArray(expected) ? expected : [expected], apply };
}

/** Every corruption that applies to a model, each as an arbitrary (they pick their own bad values). */
export function corruptionsFor(m: ConfigModel): fc.Arbitrary<Corruption>[] {
  const native = m.cni === CniType.OCI_VCN_IP_NATIVE;
  const vcnProp = m.byo ? 'network.existingVcn.vcnCidr' : 'network.vcnCidr';
  const setVcn = (p: any, v: string) => {
    if (m.byo) p.network.existingVcn.vcnCidr = v;
    else {
      p.network.vcnCidr = v;
      delete p.network.subnetCidrs;
    }
  };
  const poolIndex = fc.integer({ min: 0, max: m.pools.length - 1 });
  const list: fc.Arbitrary<Corruption>[] = [
    malformedCidr.map((v) => corruption(`malformed VCN CIDR ${JSON.stringify(v)}`, vcnProp, (p) => setVcn(p, v))),
    // The service CIDR is in every cluster; the flannel pod CIDR only with flannel.
    fc.constantFrom('10.96.0.0/16', '10.96.128.0/17', '10.0.0.0/8', ...(native ? [] : ['10.244.0.0/16', '10.244.16.0/20']))
      .map((v) => corruption(`VCN ${v} overlapping the cluster CIDRs`, vcnProp, (p) => setVcn(p, v))),
    malformedCidr.chain((v) => fc.nat({ max: m.clientCidrs.length }).map((i) => corruption(`malformed bastion client CIDR ${JSON.stringify(v)}`, `bastion.clientCidrs[${i}]`,
      (p) => p.bastion.clientCidrs.splice(i, 0, v)))),
    fc.nat({ max: m.clientCidrs.length }).map((i) => corruption('0.0.0.0/0 in the bastion allow-list', `bastion.clientCidrs[${i}]`,
      (p) => p.bastion.clientCidrs.splice(i, 0, '0.0.0.0/0'))),
    fc.constant(corruption('empty bastion allow-list', 'bastion.clientCidrs', (p) => { p.bastion.clientCidrs = []; })),
    fc.constantFrom('0.0.0.0/1', '128.0.0.0/1', '64.0.0.0/2', '200.0.0.0/7').map((v) => corruption(`${v} (shorter than /8) in the bastion allow-list`, 'bastion.clientCidrs[0]',
      (p) => { p.bastion.clientCidrs = [v, ...p.bastion.clientCidrs.filter((c: string) => c !== v)]; })),
    fc.constant(corruption('OIDC without issuer CIDRs', 'oidc.issuerCidrs', (p) => { p.oidc = { issuerUrl: 'https://login.example.com', clientId: 'k8s' }; })),
    fc.nat({ max: m.apiAdminCidrs?.length ?? 0 }).map((i) => corruption('0.0.0.0/0 in the API admin allow-list', `network.apiAdminCidrs[${i}]`,
      (p) => { p.network.apiAdminCidrs = [...(p.network.apiAdminCidrs ?? [])]; p.network.apiAdminCidrs.splice(i, 0, '0.0.0.0/0'); })),
    outside(1800, 10800).map((v) => corruption(`bastion TTL ${v}`, 'bastion.maxSessionTtlSeconds', (p) => { p.bastion.maxSessionTtlSeconds = v; })),
    outside(60, 365).map((v) => corruption(`rotation interval ${v}`, 'encryption.rotationIntervalDays', (p) => { p.encryption.rotationIntervalDays = v; })),
    fc.oneof(
      fc.constantFrom('1.33.1', 'v1.33', 'v1.33.1-rc.1', 'latest', 'v1.33.x', '', 'V1.33.1', 'v1.33.1 '),
      fc.tuple(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 20 })).map(([minor, patch]) => `v1.${minor}.${patch}`),
      fc.constant(`v${OKE_SUPPORTED_MINORS[0]}.0`),
      // Newer than the newest version the library's data file knows.
      fc.integer({ min: 1, max: 20 }).map((patch) => `v1.${Number(OKE_SUPPORTED_MINORS[OKE_SUPPORTED_MINORS.length - 1].split('.')[1]) + 1}.${patch}`),
    ).map((v) => corruption(`Kubernetes version ${JSON.stringify(v)}`, 'kubernetesVersion', (p) => { p.kubernetesVersion = v; })),
    fc.tuple(poolIndex, outside(1, 1000)).map(([i, v]) => corruption(`pool size ${v}`, `nodePools[${i}].size`, (p) => { p.nodePools[i].size = v; })),
    poolIndex.chain((i) => {
      const l = flexShapeLimits(m.pools[i].shape);
      return fc.oneof(fc.integer({ min: -64, max: l.minOcpus - 1 }), fc.integer({ min: l.maxOcpus + 1, max: 1000 }))
        .map((v) => corruption(`${v} OCPUs on ${m.pools[i].shape}`, `nodePools[${i}].ocpus`, (p) => { p.nodePools[i].ocpus = v; }));
    }),
    poolIndex.chain((i) => {
      const l = flexShapeLimits(m.pools[i].shape);
      const ocpus = m.pools[i].ocpus ?? 2;
      const max = Math.min(ocpus * l.maxMemoryPerOcpu, l.maxMemoryGbs);
      return fc.oneof(fc.integer({ min: -10, max: ocpus * l.minMemoryPerOcpu - 1 }), fc.integer({ min: max + 1, max: 100000 }))
        .map((v) => corruption(`${v} GB on ${ocpus} OCPUs of ${m.pools[i].shape}`, `nodePools[${i}].memoryGbs`, (p) => { p.nodePools[i].memoryGbs = v; }));
    }),
    poolIndex.chain((i) => fc.oneof(fc.constantFrom('', 'System', '1pool', 'pool_a', 'a'.repeat(32), 'pool.a'), fc.string({ maxLength: 8 }).filter((s) => !/^[a-z][a-z0-9-]{0,30}$/.test(s)))
      .map((v) => corruption(`pool name ${JSON.stringify(v)}`, `nodePools[${i}].name`, (p) => { p.nodePools[i].name = v; }))),
    fc.tuple(poolIndex, fc.nat()).map(([i, n]) => {
      // Duplicate pool i at a later position (appending a copy when i is the last pool).
      const j = m.pools.length > i + 1 ? i + 1 + (n % (m.pools.length - i - 1)) : m.pools.length;
      return corruption(`duplicate pool name ${m.pools[i].name}`, `nodePools[${j}].name`, (p) => {
        if (j === p.nodePools.length) p.nodePools.push({ ...p.nodePools[i] });
        else p.nodePools[j].name = p.nodePools[i].name;
      });
    }),
    poolIndex.chain((i) => badOcid('image').filter((v) => v !== '').map((v) => corruption(`pool image ${JSON.stringify(v)}`, `nodePools[${i}].imageId`, (p) => { p.nodePools[i].imageId = v; }))),
    badOcid('compartment').filter((v) => !v.startsWith('ocid1.tenancy.')).map((v) => corruption(`compartment ${JSON.stringify(v)}`, 'compartmentId', (p) => { p.compartmentId = v; })),
    badOcid('tenancy').map((v) => corruption(`tenancy ${JSON.stringify(v)}`, 'tenancyId', (p) => { p.tenancyId = v; })),
    fc.tuple(badOcid('group'), fc.nat({ max: m.adminGroupIds?.length ?? 0 })).map(([v, i]) => corruption(`admin group ${JSON.stringify(v)}`, `adminGroupIds[${i}]`,
      (p) => { p.adminGroupIds = [...(p.adminGroupIds ?? [])]; p.adminGroupIds.splice(i, 0, v); })),
    fc.tuple(badOcid('key'), fc.constantFrom('secretsKeyId', 'volumesKeyId'), ocid('key')).map(([v, which, other]) => corruption(`existing ${which} ${JSON.stringify(v)}`,
      `encryption.existingKeys.${which}`, (p) => {
        p.encryption.existingKeys = { secretsKeyId: other, volumesKeyId: other, ...p.encryption.existingKeys, [which]: v };
      })),
    fc.constantFrom('http://login.example.com', 'login.example.com', '', 'https://', 'ftp://x.example.com').map((v) => corruption(`OIDC issuer ${JSON.stringify(v)}`, 'oidc.issuerUrl',
      (p) => { p.oidc = { clientId: 'k8s', issuerCidrs: ['198.51.100.0/24'], ...p.oidc, issuerUrl: v }; })),
    fc.tuple(fc.constantFrom('usernamePrefix', 'groupsPrefix'), fc.constantFrom('', '-', ' ')).map(([key, v]) => corruption(`OIDC ${key} ${JSON.stringify(v)}`, `oidc.${key}`,
      (p) => { p.oidc = { issuerUrl: 'https://login.example.com', clientId: 'k8s', issuerCidrs: ['198.51.100.0/24'], ...p.oidc, [key]: v }; })),
  ];
  if (!m.byo) {
    const roles: Role[] = native ? ['apiEndpoint', 'workers', 'pods', 'loadBalancers', 'bastion'] : ['apiEndpoint', 'workers', 'loadBalancers', 'bastion'];
    const carve = m.carve ?? defaultSubnetLayout(m.vcnCidr, { pods: native, publicLoadBalancers: false })!;
    const withCarve = (p: any) => { p.network.subnetCidrs = { ...carve }; return p.network.subnetCidrs; };
    list.push(
      fc.tuple(fc.constantFrom(...roles), fc.constantFrom(...roles)).filter(([a, b]) => a !== b).map(([role, other]) =>
        corruption(`subnet ${role} overlapping ${other}`, [`network.subnetCidrs.${role}`, `network.subnetCidrs.${other}`], (p) => { withCarve(p)[role] = carve[other]; })),
      fc.tuple(fc.constantFrom(...roles), fc.constantFrom('198.51.100.0/28', '203.0.113.0/24', '192.0.2.0/26')).map(([role, v]) =>
        corruption(`subnet ${role} ${v} outside the VCN`, `network.subnetCidrs.${role}`, (p) => { withCarve(p)[role] = v; })),
      fc.tuple(fc.constantFrom(...roles), malformedCidr).map(([role, v]) =>
        corruption(`malformed subnet ${role} ${JSON.stringify(v)}`, `network.subnetCidrs.${role}`, (p) => { withCarve(p)[role] = v; })),
      fc.tuple(fc.constantFrom(8, 12, 14, 15, 21, 24, 28, 30), fc.constantFrom('172.16.0.0', '192.168.0.0')).map(([prefix, base]) =>
        corruption(`VCN /${prefix}`, 'network.vcnCidr', (p) => { p.network.vcnCidr = `${base}/${prefix}`; delete p.network.subnetCidrs; })),
    );
  } else {
    const roles = Object.keys(m.byo.subnetIds);
    list.push(
      badOcid('vcn').map((v) => corruption(`existing VCN ${JSON.stringify(v)}`, 'network.existingVcn.vcnId', (p) => { p.network.existingVcn.vcnId = v; })),
      fc.tuple(fc.constantFrom(...roles), badOcid('subnet')).map(([role, v]) => corruption(`existing ${role} subnet ${JSON.stringify(v)}`,
        `network.existingVcn.subnetIds.${role}`, (p) => { p.network.existingVcn.subnetIds[role] = v; })),
      fc.constantFrom(...roles.filter((r) => r !== 'pods' || native)).map((role) => corruption(`missing ${role} subnet`,
        `network.existingVcn.subnetIds.${role}`, (p) => { delete p.network.existingVcn.subnetIds[role]; })),
      fc.constantFrom('198.51.100.0/28', '10.0.0.1/28', 'x').map((v) => corruption(`bastion subnet CIDR ${v}`, 'network.existingVcn.bastionSubnetCidr',
        (p) => { p.network.existingVcn.bastionSubnetCidr = v; })),
    );
  }
  return list;
}

/** A valid model with one of its applicable corruptions. */
export const corruptedModel: fc.Arbitrary<[ConfigModel, Corruption]> = validModel.chain((m) => fc.tuple(fc.constant(m), fc.oneof(...corruptionsFor(m))));
