/** What the plan-check tests share: a HardenedCluster that brings everything, and the conditions of a stack. */
import { BROUGHT_RESOURCE_CHECKS } from '../../lib/core/brought-resources';
import type { HardenedClusterProps } from '../../lib/hardened-cluster';
import { CLUSTER_PROPS, OCIDS, SYSTEM_POOL } from '../support';

export const BYO_ALL = {
  vcnCidr: '10.20.0.0/16',
  bastionSubnetCidr: '10.20.0.16/28',
  workersCidr: '10.20.8.0/21',
  vaultEndpoint: 'https://abc-management.kms.eu-frankfurt-1.oraclecloud.com',
  ad: 'Uocm:EU-FRANKFURT-1-AD-1',
  reservation: 'ocid1.capacityreservation.oc1.eu-frankfurt-1.aaaaaaaatestreservation',
  stream: 'ocid1.stream.oc1.eu-frankfurt-1.aaaaaaaateststream',
  bucket: 'siem-archive',
  mountTargetSubnet: OCIDS.subnet('fss'),
  pinnedImage: 'ocid1.image.oc1.eu-frankfurt-1.aaaaaaaatestpinnedimage',
  secretsVault: 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaatestsecretsvault',
  secret: 'ocid1.vaultsecret.oc1.eu-frankfurt-1.aaaaaaaatestsecret',
  secretsCompartment: 'ocid1.compartment.oc1..aaaaaaaatestsecrets',
  ormSubnet: OCIDS.subnet('orm'),
  fssKey: 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaatestfsskey',
  fssKeyCompartment: 'ocid1.compartment.oc1..aaaaaaaatestfsskeys',
};

/** A HardenedCluster with every brought-resource input of BROUGHT_RESOURCE_CHECKS set. */
export const BRING_EVERYTHING: HardenedClusterProps = {
  ...CLUSTER_PROPS,
  network: {
    publicLoadBalancerSubnet: true,
    existingVcn: {
      vcnId: OCIDS.vcn, vcnCidr: BYO_ALL.vcnCidr, bastionSubnetCidr: BYO_ALL.bastionSubnetCidr,
      subnetIds: {
        apiEndpoint: OCIDS.subnet('api'), workers: OCIDS.subnet('workers'), pods: OCIDS.subnet('pods'),
        loadBalancers: OCIDS.subnet('lb'), publicLoadBalancers: OCIDS.subnet('publiclb'), bastion: OCIDS.subnet('bastion'),
      },
    },
  },
  encryption: {
    existingVault: { vaultId: OCIDS.vault, managementEndpoint: BYO_ALL.vaultEndpoint },
    existingKeys: { secretsKeyId: `${OCIDS.key}s`, volumesKeyId: `${OCIDS.key}v`, dataKeyId: `${OCIDS.key}d` },
  },
  supplyChain: { signing: { existingKeyIds: [`${OCIDS.key}r1`, `${OCIDS.key}r2`], vaultManagementEndpoint: BYO_ALL.vaultEndpoint } },
  nodePools: [
    { ...SYSTEM_POOL, capacityReservations: [{ availabilityDomain: BYO_ALL.ad, capacityReservationId: BYO_ALL.reservation }] },
    { name: 'pinned', shape: 'VM.Standard.A1.Flex', ocpus: 2, memoryGbs: 12, size: 1, imageId: BYO_ALL.pinnedImage },
  ],
  observability: {
    sinks: {
      stream: { existingStream: { streamId: BYO_ALL.stream, encrypted: true, publicAccess: false, customerManagedKey: true } },
      archive: { existingBucket: { name: BYO_ALL.bucket, encrypted: true, publicAccess: false } },
    },
  },
  resourceManager: { privateEndpointSubnetId: BYO_ALL.ormSubnet },
  kubernetes: {
    fileStorage: {
      availabilityDomain: BYO_ALL.ad, mountTargetSubnetId: BYO_ALL.mountTargetSubnet, exportSourceCidr: BYO_ALL.workersCidr,
      kmsKeyId: BYO_ALL.fssKey, kmsKeyCompartmentId: BYO_ALL.fssKeyCompartment, kmsKeyManagementEndpoint: BYO_ALL.vaultEndpoint,
    },
    secretsStore: true,
    applicationNamespaces: [{
      name: 'shop',
      vaultSecrets: { vaultId: BYO_ALL.secretsVault, compartmentId: BYO_ALL.secretsCompartment, secrets: [{ name: 'db-password', secretId: BYO_ALL.secret }] },
    }],
  },
};

/**
 * BRING_EVERYTHING, and the variants for checks that exclude each other: the vault type matters only when the
 * library creates keys in the brought vault, which it does not with existingKeys; a public API endpoint turns the
 * API endpoint subnet's privacy check around.
 */
export const BRING_EVERYTHING_VARIANTS: HardenedClusterProps[] = [
  BRING_EVERYTHING,
  { ...BRING_EVERYTHING, encryption: { existingVault: BRING_EVERYTHING.encryption!.existingVault } },
  { ...BRING_EVERYTHING, publicEndpoint: { allowedCidrs: ['198.51.100.0/24'], reason: 'CI runners outside the VCN' } },
];

export interface PlanCondition {
  /** `data.<type>.<name>` or `<type>.<name>`. */
  readonly address: string;
  readonly type: string;
  readonly kind: 'precondition' | 'postcondition';
  readonly condition: string;
  readonly message: string;
}

/** Every lifecycle condition of a synthesized stack, of resources and data sources. */
export function conditionsOf(json: any): PlanCondition[] {
  const out: PlanCondition[] = [];
  for (const [section, prefix] of [['resource', ''], ['data', 'data.']] as const) {
    for (const [type, byName] of Object.entries<any>(json[section] ?? {})) {
      for (const [name, block] of Object.entries<any>(byName)) {
        for (const kind of ['precondition', 'postcondition'] as const) {
          for (const c of block.lifecycle?.[kind] ?? []) {
            out.push({ address: `${prefix}${type}.${name}`, type, kind, condition: c.condition, message: c.error_message });
          }
        }
      }
    }
  }
  return out;
}

/** The table's input as a pattern for the start of a message (`[]` is any index). */
export function inputPattern(input: string): RegExp {
  return new RegExp(`^${input.replace(/[.]/g, '\\.').replace(/\[\]/g, '\\[\\d+\\]')}: `);
}

/** True when the condition reads one of `types` (a reference, or `self` in a postcondition of such a read). */
export function readsAny(c: PlanCondition, types: readonly string[]): boolean {
  return types.some((t) => c.condition.includes(`data.${t}.`) || (c.kind === 'postcondition' && c.address.startsWith(`data.${t}.`) && c.condition.includes('self.')));
}

/** The table entry a condition message belongs to. */
export function entryOf(message: string) {
  return BROUGHT_RESOURCE_CHECKS.find((e) => inputPattern(e.input).test(message));
}
