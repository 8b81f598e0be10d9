/**
 * Adding to a cluster created elsewhere (another stack, Terraform module or the console): a hardened node pool
 * joins it through OkeCluster.fromClusterAttributes, NodePoolNetwork.fromNetworkAttributes and ClusterKeys.fromKeyAttributes, and an application
 * namespace with a workload identity is applied by a Kubernetes stack of its own. Nothing here recreates the
 * cluster or its network.
 *   npm run synth -- examples/existing-cluster/main.ts
 * The OCIDs are placeholders; set the environment variables to synthesize for your tenancy.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ClusterConfigStack, ClusterKeys, CniType, HardeningCompliance, IamVerb, NodePool, NodePoolNetwork, OkeCluster, TaintEffect, WorkloadIdentityAccess,
} from '../../lib';
import { DataOciContainerengineClusterKubeConfig } from '../../lib/generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { resolveRegionProviders } from '../../lib/core/region-providers';
import { env, EXAMPLE_SETTINGS, prepareExampleStack } from '../settings';

export const EXISTING_SETTINGS = {
  ...EXAMPLE_SETTINGS,
  clusterId: env('OKE_CLUSTER_ID', 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaaexamplecluster'),
  clusterName: env('OKE_CLUSTER_NAME', 'platform'),
  kubernetesVersion: env('OKE_KUBERNETES_VERSION', 'v1.33.1'),
  privateEndpoint: env('OKE_PRIVATE_ENDPOINT', '10.30.0.10:6443'),
  vcnId: env('OKE_VCN_ID', 'ocid1.vcn.oc1.eu-frankfurt-1.aaaaaaaaexamplevcn'),
  workerSubnetId: env('OKE_SUBNET_WORKERS_ID', 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaexampleworkers'),
  workerNsgId: env('OKE_WORKERS_NSG_ID', 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaaexampleworkers'),
  podSubnetId: env('OKE_SUBNET_PODS_ID', 'ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaexamplepods'),
  podNsgId: env('OKE_PODS_NSG_ID', 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaaexamplepods'),
  loadBalancerNsgId: env('OKE_LB_NSG_ID', 'ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaaexamplelb'),
  volumesKeyId: env('OKE_VOLUMES_KEY_ID', 'ocid1.key.oc1.eu-frankfurt-1.aaaaaaaaexamplevolumes'),
  tenancyNamespace: env('OKE_TENANCY_NAMESPACE', 'axaxnpcrorw5'),
};

/** Node pool and workload-identity policy for the existing cluster. */
export class ExistingClusterStack extends TerraformStack {
  public readonly nodePool: NodePool;
  public readonly reportsAccess: WorkloadIdentityAccess;
  public readonly kubeconfig: DataOciContainerengineClusterKubeConfig;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const s = EXISTING_SETTINGS;
    prepareExampleStack(this);
    // IAM resources can only be created in the tenancy's home region: an aliased provider of it when the cluster's
    // region differs (the home region is recorded in the output for control IAM-14).
    const { identityProvider } = resolveRegionProviders(this, s.region, s.homeRegion, undefined, undefined);
    const cluster = OkeCluster.fromClusterAttributes(this, 'cluster', {
      clusterId: s.clusterId, clusterName: s.clusterName, compartmentId: s.compartmentId,
      kubernetesVersion: s.kubernetesVersion, privateEndpoint: s.privateEndpoint,
    });
    const network = NodePoolNetwork.fromNetworkAttributes({
      vcnId: s.vcnId, cni: CniType.OCI_VCN_IP_NATIVE,
      workerSubnetId: s.workerSubnetId, workerNsgIds: [s.workerNsgId],
      podSubnetId: s.podSubnetId, podNsgIds: [s.podNsgId],
    });
    // The same hardening as HardenedCluster's pools: Cilium's startup taint, Vault-encrypted boot volumes, no SSH key.
    // The cluster's volumes key; its key-usage policy exists already, with the cluster.
    const keys = ClusterKeys.fromKeyAttributes(this, 'keys', { volumesKeyId: s.volumesKeyId });
    this.nodePool = new NodePool(this, 'pool-reports', {
      cluster, network, keys,
      name: 'reports', shape: 'VM.Standard.E5.Flex', ocpus: 2, memoryGbs: 16, size: 2,
      labels: { workload: 'reports' },
      taints: [{ key: 'dedicated', value: 'reports', effect: TaintEffect.NO_SCHEDULE }],
    });
    // Pods of reports/exporter may write objects of this compartment, through workload identity only.
    this.reportsAccess = new WorkloadIdentityAccess(this, 'reports-identity', {
      cluster, namespaceName: 'reports',
      serviceAccounts: REPORTS_SERVICE_ACCOUNTS, identityProvider,
    });
    this.kubeconfig = new DataOciContainerengineClusterKubeConfig(this, 'kubeconfig', { clusterId: cluster.clusterId, endpoint: 'PRIVATE_ENDPOINT' });
    HardeningCompliance.enable(this);
  }
}

const REPORTS_SERVICE_ACCOUNTS = [{ name: 'exporter', allow: [{ verb: IamVerb.MANAGE, resourceType: 'objects', conditions: ["target.bucket.name = 'reports'"] }] }];

/** The example app; `outdir` lets tests synthesize it into a temporary folder. */
export function buildExampleApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  const s = EXISTING_SETTINGS;
  const infra = new ExistingClusterStack(app, 'existing');
  // The in-cluster part: the library's baseline (policy engine, admission policies, encrypted storage class) and one
  // application namespace whose service account matches the IAM policy above.
  const k8s = new ClusterConfigStack(app, 'existing-k8s', {
    baseline: {
      clusterName: s.clusterName, kubernetesVersion: s.kubernetesVersion, cni: CniType.OCI_VCN_IP_NATIVE, pvKmsKeyId: s.volumesKeyId,
      admission: { region: s.region, tenancyNamespace: s.tenancyNamespace, loadBalancerNsgId: s.loadBalancerNsgId, ocirRegionKey: 'fra' },
      applicationNamespaces: [{
        name: 'reports',
        workloadIdentity: {
          serviceAccounts: REPORTS_SERVICE_ACCOUNTS,
          ociServicesAnywhereReason: 'the reports jobs call Object Storage, reached through the service gateway only (pods NSG)',
        },
      }],
      // The token exchange of workload identity goes to the private endpoint on TCP 12250.
      controlPlane: { apiEndpointCidr: `${s.privateEndpoint.split(':')[0]}/32` },
    },
    connection: { host: `https://${s.privateEndpoint}`, clusterId: s.clusterId, region: s.region, kubeconfigContent: infra.kubeconfig.content },
  });
  HardeningCompliance.enable(k8s);
  return app;
}

if (!process.env.JEST_WORKER_ID) buildExampleApp().synth();
