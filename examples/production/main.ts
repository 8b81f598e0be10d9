/**
 * Production: several node pools spread over every availability domain (one autoscaled, one tainted), the
 * cert-manager add-on, VCN-native pods, OIDC sign-in, an application namespace with workload identity and a hardened
 * Deployment added with addManifest,
 * signed images with private immutable repositories, logs shipped to an encrypted archive and a SIEM stream, and
 * Cloud Guard on the compartment (so node scan findings become problems the security topic hears of).
 * `npm run synth -- examples/production/main.ts`; placeholder OCIDs are overridable from the environment.
 */
import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { CniType, HardenedCluster, IamVerb, TaintEffect } from '../../lib';
import { DataOciCloudGuardDetectorRecipes } from '../../lib/generated/providers/oci/data-oci-cloud-guard-detector-recipes';
import { env, EXAMPLE_SETTINGS, prepareExampleStack } from '../settings';


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
        // Oracle-managed detector recipes, read by display name from the tenancy (as Oracle's CIS landing zone does);
        // Cloud Guard must be enabled, and reportingRegion set when it is not the cluster's region.
        cloudGuard: { detectorRecipeIds: ['OCI Configuration Detector Recipe', 'OCI Activity Detector Recipe'].map((name, i) => oracleDetectorRecipe(this, `detector-recipe-${i}`, name)) },
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
      // cert-manager as an OKE managed add-on, pinned to the version listed for Kubernetes 1.34 (README: OKE managed add-ons).
      addons: { certManager: {} },
    });

    // The payments namespace (restricted Pod Security, default-deny) whose `api` service account may read the
    // invoices bucket's objects through OKE workload identity: an IAM policy conditioned on the cluster, the
    // namespace and the service account, never on the worker nodes.
    this.cluster.addApplicationNamespace({
      name: 'payments',
      workloadIdentity: {
        serviceAccounts: [{ name: 'api', allow: [{ verb: IamVerb.READ, resourceType: 'objects', conditions: ["target.bucket.name = 'invoices'"] }] }],
        // The pods call Object Storage over HTTPS; the Oracle Services Network has no fixed CIDR list, so this is a
        // recorded waiver (NP-04). The pods NSG still lets pod traffic leave the VCN only through the service gateway.
        ociServicesAnywhereReason: 'payments-api reads the invoices bucket in Object Storage, reached through the service gateway only (pods NSG)',
      },
    });
    // A hardened Deployment: non-root, read-only root filesystem, no privilege escalation, all capabilities dropped,
    // RuntimeDefault seccomp, resources set, and the image by digest from OCIR (what the admission policies require).
    this.cluster.addManifest('payments-api', paymentsApi(`${OCIR_REGION_KEY}.ocir.io/${TENANCY_NAMESPACE}/payments-api@sha256:${API_DIGEST}`));
  }
}

/** The OCID of an Oracle-managed Cloud Guard detector recipe, read at plan time (OCIDs differ per tenancy). */
function oracleDetectorRecipe(scope: Construct, id: string, displayName: string): string {
  const recipes = new DataOciCloudGuardDetectorRecipes(scope, id, { compartmentId: settings.tenancyId, displayName });
  return Token.asString(`\${${recipes.fqn}.detector_recipe_collection[0].items[0].id}`);
}

const OCIR_REGION_KEY = 'fra';
const TENANCY_NAMESPACE = env('OKE_TENANCY_NAMESPACE', 'axaxnpcrorw5');
const API_DIGEST = env('OKE_PAYMENTS_API_DIGEST', '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945');

function paymentsApi(image: string): Record<string, any> {
  const labels = { 'app.kubernetes.io/name': 'payments-api' };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'payments-api', namespace: 'payments', labels },
    spec: {
      replicas: 3,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: 'api',
          securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [{
            name: 'api', image,
            ports: [{ containerPort: 8080 }],
            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
            resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
            volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
          }],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  new ProductionClusterStack(app, 'production');
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
