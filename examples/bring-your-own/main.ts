/**
 * A hardened cluster in a network and with keys the platform team already runs: an existing VCN and subnets
 * (the library then creates only the network security groups in that VCN) and existing Vault keys, including the
 * image signing key (the library creates only the IAM policies that let OKE and Block Storage use them, written for
 * the security compartment the keys live in; the plan reads each key and checks its algorithm, state and compartment).
 *   npm run synth -- examples/bring-your-own/main.ts
 * The OCIDs are placeholders; set the environment variables to synthesize for your tenancy. What only the tenancy
 * knows about these resources (subnets private and regional, CIDRs, vault type, key algorithms) is checked by the
 * plan: see the README, "What the plan checks about what you bring".
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CniType, HardenedCluster, HardenedClusterProps } from '../../lib';
import { env, EXAMPLE_SETTINGS, prepareExampleStack } from '../settings';

const subnet = (role: string) => env(`OKE_SUBNET_${role.toUpperCase()}_ID`, `ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaexample${role}`);

export const BYO_SETTINGS = {
  ...EXAMPLE_SETTINGS,
  vcnId: env('OKE_VCN_ID', 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaaexamplevcn'),
  vcnCidr: env('OKE_VCN_CIDR', '10.20.0.0/16'),
  bastionSubnetCidr: env('OKE_BASTION_SUBNET_CIDR', '10.20.0.16/28'),
  subnetIds: {
    apiEndpoint: subnet('api'),
    workers: subnet('workers'),
    pods: subnet('pods'),
    loadBalancers: subnet('lb'),
    bastion: subnet('bastion'),
  },
  vaultId: env('OKE_VAULT_ID', 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaaexamplevault'),
  vaultManagementEndpoint: env('OKE_VAULT_MANAGEMENT_ENDPOINT', 'https://example-management.kms.eu-frankfurt-1.oraclecloud.com'),
  secretsKeyId: env('OKE_SECRETS_KEY_ID', 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaaexamplesecrets'),
  volumesKeyId: env('OKE_VOLUMES_KEY_ID', 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaaexamplevolumes'),
  // The compartment that holds the keys (often a security compartment of its own, not the cluster's).
  keysCompartmentId: env('OKE_KEYS_COMPARTMENT_ID', 'ocid1.compartment.oc1..aaaaaaaaexamplesecurity'),
  signingKeyId: env('OKE_SIGNING_KEY_ID', 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaaexamplesigning'),
};

/** The cluster's props: everything it uses already exists and is given by OCID. */
const s = BYO_SETTINGS;
export const BYO_CLUSTER_PROPS: HardenedClusterProps = {
  compartmentId: s.compartmentId,
  tenancyId: s.tenancyId,
  region: s.region,
  homeRegion: s.homeRegion,
  kubernetesVersion: 'v1.33.1',
  network: {
    cni: CniType.OCI_VCN_IP_NATIVE,
    // Subnets must already be private (prohibit_public_ip_on_vnic); the NSGs created here carry the rules.
    existingVcn: { vcnId: s.vcnId, vcnCidr: s.vcnCidr, subnetIds: s.subnetIds, bastionSubnetCidr: s.bastionSubnetCidr },
  },
  encryption: {
    // Rotation of keys you bring is yours to configure in the Vault; prevent_destroy cannot apply to them.
    existingVault: { vaultId: s.vaultId, managementEndpoint: s.vaultManagementEndpoint },
    existingKeys: { secretsKeyId: s.secretsKeyId, volumesKeyId: s.volumesKeyId },
    // The key policy names this compartment and is attached there (the deployer needs manage policies in it).
    keysCompartmentId: s.keysCompartmentId,
  },
  // The image verification policy trusts your RSA signing key (the one your CI signs images with); the plan
  // reads it through its vault's endpoint.
  supplyChain: {
    signing: { existingKeyIds: [s.signingKeyId], vaultManagementEndpoint: s.vaultManagementEndpoint, keysCompartmentId: s.keysCompartmentId },
  },
  bastion: { clientCidrs: [s.bastionClientCidr], maxSessionTtlSeconds: 1800 },
  adminGroupIds: [s.adminGroupId],
  nodePools: [
    { name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3 },
    { name: 'arm', shape: 'VM.Standard.A1.Flex', ocpus: 4, memoryGbs: 24, size: 2 },
  ],
};

export class BringYourOwnStack extends TerraformStack {
  public readonly cluster: HardenedCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    prepareExampleStack(this);

    this.cluster = new HardenedCluster(this, 'shared', BYO_CLUSTER_PROPS);
  }
}

/** The example app; `outdir` lets tests synthesize it into a temporary folder. */
export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new BringYourOwnStack(app, 'byo');
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
