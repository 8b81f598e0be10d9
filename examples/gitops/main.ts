/**
 * GitOps: the Oracle Cloud side is applied with Terraform; the in-cluster baseline (Cilium policy engine,
 * namespaces with restricted Pod Security, default-deny policies, RBAC, encrypted storage classes) is committed
 * from cdktf.out/manifests/shop/ to the repository Argo CD or Flux watches.
 * `npm run synth -- examples/gitops/main.ts`, then see README "GitOps".
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { FlowDirection, FlowPeer, FlowPort, HardenedCluster } from '../../lib';
import { env, EXAMPLE_SETTINGS, prepareExampleStack } from '../settings';


const settings = {
  ...EXAMPLE_SETTINGS,
  developerGroupId: env('OKE_DEVELOPER_GROUP_ID', 'ocid1.group.oc1..aaaaaaaaexampledevelopers'),
  auditorGroupId: env('OKE_AUDITOR_GROUP_ID', 'ocid1.group.oc1..aaaaaaaaexampleauditors'),
  // Vault secrets the payments service mounts (Secrets Store CSI driver, OCI Vault provider, workload identity).
  paymentsVaultId: env('OKE_PAYMENTS_VAULT_ID', 'ocid1.vault.oc1.eu-frankfurt-1.aaaaaaaaexamplevault'),
  processorKeySecretId: env('OKE_PROCESSOR_KEY_SECRET_ID', 'ocid1.vaultsecret.oc1.eu-frankfurt-1.aaaaaaaaexamplesecret'),
};

export class GitOpsClusterStack extends TerraformStack {
  public readonly cluster: HardenedCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    prepareExampleStack(this);

    const team = { adminGroupIds: [settings.developerGroupId], viewerGroupIds: [settings.auditorGroupId] };
    this.cluster = new HardenedCluster(this, 'shop', {
      compartmentId: settings.compartmentId,
      tenancyId: settings.tenancyId,
      region: settings.region,
      homeRegion: settings.homeRegion,
      kubernetesVersion: 'v1.34.1',
      bastion: { clientCidrs: [settings.bastionClientCidr] },
      adminGroupIds: [settings.adminGroupId],
      nodePools: [{ name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3 }],
      kubernetes: {
        secretsStore: true,
        applicationNamespaces: [
          {
            name: 'storefront',
            ...team,
            quota: { requestsCpu: '8', requestsMemory: '16Gi', limitsCpu: '16', limitsMemory: '32Gi', pods: 100 },
            allowedFlows: [
              // the storefront calls the payments API in its own namespace, and nothing else inside the cluster
              { direction: FlowDirection.EGRESS, peer: FlowPeer.inNamespace('payments'), ports: [FlowPort.tcp(8443)] },
              { direction: FlowDirection.INGRESS, peer: FlowPeer.pods() },
            ],
          },
          {
            name: 'payments',
            ...team,
            allowedFlows: [
              { direction: FlowDirection.INGRESS, peer: FlowPeer.inNamespace('storefront'), ports: [FlowPort.tcp(8443)] },
              // the card processor, reachable over the internet; the metadata service stays excluded
              { direction: FlowDirection.EGRESS, peer: FlowPeer.cidr('198.51.100.0/24'), ports: [FlowPort.tcp(443)] },
            ],
            // pods running as service account vault-secrets-reader mount this one secret; IAM lets them read nothing else
            vaultSecrets: { vaultId: settings.paymentsVaultId, secrets: [{ name: 'card-processor-api-key', secretId: settings.processorKeySecretId }] },
          },
        ],
      },
    });
  }
}

export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new GitOpsClusterStack(app, 'gitops');
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
