/**
 * Production: several node pools spread over every availability domain (one autoscaled, one tainted), the
 * cert-manager add-on, VCN-native pods, OIDC sign-in,
 * signed images with private immutable repositories, and logs shipped to an encrypted archive and a SIEM stream.
 * `npm run synth -- examples/production/main.ts`; placeholder OCIDs are overridable from the environment.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CniType, HardenedCluster, TaintEffect } from '../../lib';
import { EXAMPLE_SETTINGS, prepareExampleStack } from '../settings';


const settings = EXAMPLE_SETTINGS;

export class ProductionClusterStack extends TerraformStack {
  public readonly cluster: HardenedCluster;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    prepareExampleStack(this);

    this.cluster = new HardenedCluster(this, 'payments', {
      compartmentId: settings.compartmentId,
      tenancyId: settings.tenancyId,
      region: settings.region,
      homeRegion: settings.homeRegion,
      kubernetesVersion: 'v1.34.1',
      network: { vcnCidr: '10.20.0.0/16', cni: CniType.OCI_VCN_IP_NATIVE },
      bastion: { clientCidrs: [settings.bastionClientCidr], maxSessionTtlSeconds: 1800 },
      adminGroupIds: [settings.adminGroupId],
      // issuerCidrs: the identity provider's discovery/JWKS endpoints (the API endpoint may reach only these on 443).
      oidc: { issuerUrl: 'https://login.example.com/oauth2/default', clientId: 'oke-payments', issuerCidrs: ['198.51.100.0/24'] },
      encryption: { rotationIntervalDays: 60 },
      supplyChain: { signing: { keyCount: 2 }, repositoryNames: ['payments-api', 'payments-worker'] },
      observability: {
        logRetentionDays: 180,
        sinks: { archive: { retentionDays: 730 }, stream: { partitions: 2, retentionHours: 72 } },
        notifications: { emailEndpoints: ['secops@example.com'], httpsEndpoints: ['https://siem.example.com/oci-events'] },
        manageAuditRetention: true,
      },
      nodePools: [
        { name: 'system', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 3, labels: { role: 'system' } },
        // Autoscaled between 3 and 12 nodes by the OKE Cluster Autoscaler add-on (workload identity).
        { name: 'apps', shape: 'VM.Standard.E5.Flex', ocpus: 8, memoryGbs: 64, minSize: 3, maxSize: 12, maximumSurge: '2', labels: { role: 'apps' } },
        // Only pods that tolerate dedicated=batch:NoSchedule run here.
        {
          name: 'arm', shape: 'VM.Standard.A1.Flex', ocpus: 4, memoryGbs: 24, size: 3, labels: { role: 'batch' },
          taints: [{ key: 'dedicated', value: 'batch', effect: TaintEffect.NO_SCHEDULE }],
        },
      ],
      // cert-manager as an OKE managed add-on; Oracle keeps it on the newest version unless `version` pins one.
      addons: { certManager: {} },
    });
  }
}

export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new ProductionClusterStack(app, 'production');
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
