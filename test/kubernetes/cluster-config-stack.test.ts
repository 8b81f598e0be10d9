import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { ContainerengineCluster } from '../../lib/generated/providers/oci/containerengine-cluster';
import { DataOciContainerengineClusterKubeConfig } from '../../lib/generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { ClusterConfigStack, ClusterConfigStackProps } from '../../lib/kubernetes';
import { CILIUM_RELEASE } from '../../lib/kubernetes/private/cni-release';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { OCIDS, resourcesOf, synthValid, schemaValidator } from '../support';
import { BASE_PROPS } from './fixtures';

const CLUSTER_ID = 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatestcluster';
const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const PROPS: ClusterConfigStackProps = {
  baseline: BASE_PROPS,
  connection: { host: 'https://10.0.0.10:6443', clusterCaCertificate: CA, clusterId: CLUSTER_ID, region: 'eu-frankfurt-1' },
};

function configStack(props: Partial<ClusterConfigStackProps> = {}, app: App = Testing.app()): ClusterConfigStack {
  return new ClusterConfigStack(app, 'prod-prod-k8s', { ...PROPS, ...props });
}

describe('ClusterConfigStack', () => {
  const json = synthValid(configStack());
  const manifests = resourcesOf(json, 'kubernetes_manifest');

  test('one kubernetes_manifest per object, named by kind/namespace/name', () => {
    const baseline = configStack().baseline.manifests();
    const nonDefaultSa = baseline.filter((o) => !(o.kind === 'ServiceAccount' && o.metadata.name === 'default'));
    expect(Object.keys(manifests)).toHaveLength(nonDefaultSa.length);
    expect(manifests['namespace-cluster-shop'].manifest.metadata.name).toBe('shop');
    expect(manifests['networkpolicy-shop-default-deny-all'].manifest.spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  test('objects in a namespace depend on that namespace', () => {
    expect(manifests['networkpolicy-shop-default-deny-all'].depends_on).toEqual(['kubernetes_manifest.namespace-cluster-shop']);
    expect(manifests['namespace-cluster-shop'].depends_on).toBeUndefined();
    expect(resourcesOf(json, 'helm_release')['helm-cilium'].depends_on).toEqual([
      `kubernetes_manifest.namespace-cluster-${CILIUM_RELEASE.namespace}`,
      `kubernetes_manifest.configmap-${CILIUM_RELEASE.namespace}-cilium-chaining-config`,
      `kubernetes_manifest.networkpolicy-${CILIUM_RELEASE.namespace}-default-deny-all`,
    ]);
  });

  test('providers are pinned to exact versions', () => {
    expect(json.terraform.required_providers.kubernetes.version).toBe('2.38.0');
    expect(json.terraform.required_providers.helm.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('default ServiceAccounts are adopted without token automount', () => {
    const sa = resourcesOf(json, 'kubernetes_default_service_account_v1')['serviceaccount-shop-default'];
    expect(sa.automount_service_account_token).toBe(false);
    expect(sa.metadata.namespace).toBe('shop');
    expect(sa.depends_on).toEqual(['kubernetes_manifest.namespace-cluster-shop']);
  });

  test('the CNI is a helm_release with an exact chart version in its exempted namespace', () => {
    const release = resourcesOf(json, 'helm_release')['helm-cilium'];
    expect(release).toMatchObject({ chart: 'cilium', repository: 'https://helm.cilium.io', version: CILIUM_RELEASE.version, namespace: CILIUM_RELEASE.namespace, create_namespace: false, atomic: true });
    expect(release.values[0]).toContain(`digest: ${CILIUM_RELEASE.images.agent.digest}`);
    expect(release.values[0]).toContain(`genericDigest: ${CILIUM_RELEASE.images.operator.digest}`);
  });

  test('OKE\'s own default class oci-bv is demoted after the encrypted class exists', () => {
    const demote = resourcesOf(json, 'kubernetes_annotations')['demote-oke-default-storage-class'];
    expect(demote).toMatchObject({ kind: 'StorageClass', api_version: 'storage.k8s.io/v1', metadata: { name: 'oci-bv' }, force: true });
    expect(demote.annotations).toEqual({ 'storageclass.kubernetes.io/is-default-class': 'false' });
    expect(demote.depends_on).toEqual(['kubernetes_manifest.storageclass-cluster-oci-bv-encrypted']);
  });

  test('providers authenticate with oci ce cluster generate-token and can use a bastion proxy', () => {
    const j = synthValid(configStack({ connection: { ...PROPS.connection, proxyUrl: 'socks5://127.0.0.1:1080' } }));
    const k8s = j.provider.kubernetes[0];
    expect(k8s.host).toBe('https://10.0.0.10:6443');
    expect(k8s.cluster_ca_certificate).toBe(CA);
    expect(k8s.proxy_url).toBe('socks5://127.0.0.1:1080');
    expect(k8s.exec).toEqual([{ api_version: 'client.authentication.k8s.io/v1beta1', command: 'oci',
      args: ['ce', 'cluster', 'generate-token', '--cluster-id', CLUSTER_ID, '--region', 'eu-frankfurt-1'] }]);
    expect(k8s.token).toBeUndefined();
    const helm = j.provider.helm[0].kubernetes;
    expect(helm.exec.args).toEqual(k8s.exec[0].args);
    expect(helm.proxy_url).toBe('socks5://127.0.0.1:1080');
  });

  test('strings survive: ${ and %{ are escaped and multi-line strings keep real newlines', () => {
    const reason = 'reads ${HOME} and %{ if x } on the host\nsecond line';
    const j = synthValid(configStack({ baseline: { ...BASE_PROPS, podSecurityExemptions: [{ name: 'logging', reason }] } }));
    const ns = resourcesOf(j, 'kubernetes_manifest')['namespace-cluster-logging'].manifest;
    expect(ns.metadata.annotations['cdktf-hardened-oke.dev/pod-security-exemption-reason']).toBe('reads $${HOME} and %%{ if x } on the host\nsecond line');
    const cm = resourcesOf(j, 'kubernetes_manifest')[`configmap-${CILIUM_RELEASE.namespace}-cilium-chaining-config`].manifest;
    expect(cm.data['cni-config']).toContain('\n  "plugins": [');
    expect(cm.data['cni-config']).not.toContain('\\n');
  });

  test('writes the YAML manifests at synth, next to the stacks', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-'));
    const app = new App({ outdir });
    configStack({}, app);
    app.synth();
    const dir = path.join(outdir, 'manifests', 'prod');
    const files = fs.readdirSync(dir).sort();
    expect(files[0]).toBe('01-namespace-cilium-system.yaml');
    expect(files).toContain('04-storageclass-oci-bv-encrypted.yaml');
    expect(fs.existsSync(path.join(outdir, 'stacks', 'prod-prod-k8s', 'cdk.tf.json'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, files[0]), 'utf8')).toMatch(/^apiVersion: v1\nkind: Namespace\n/);
  });

  test('cross-stack references from the infrastructure stack, both stacks synthesize and validate', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-')) });
    const infra = new TerraformStack(app, 'prod');
    new OciProvider(infra, 'oci', { region: 'eu-frankfurt-1' });
    const cluster = new ContainerengineCluster(infra, 'cluster', {
      compartmentId: OCIDS.compartment, kubernetesVersion: 'v1.33.1', name: 'prod', vcnId: OCIDS.vcn,
    });
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(infra, 'kubeconfig', { clusterId: cluster.id, endpoint: 'PRIVATE_ENDPOINT' });
    const k8sStack = new ClusterConfigStack(app, 'prod-prod-k8s', {
      baseline: { ...BASE_PROPS, pvKmsKeyId: cluster.kmsKeyId },
      connection: {
        host: `https://${cluster.endpoints.get(0).privateEndpoint}`, kubeconfigContent: kubeconfig.content,
        clusterId: cluster.id, region: 'eu-frankfurt-1',
      },
    });
    // Cross-stack references are wired by a full app synth (Testing.synth of one stack does not add the outputs),
    // so synthesize the app and run the same schema validation as synthValid on both stacks.
    app.synth();
    const outdir = app.outdir;
    const read = (name: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
    const infraJson = read('prod');
    const k8sJson = read('prod-prod-k8s');
    schemaValidator.assertValid(infraJson);
    schemaValidator.assertValid(k8sJson);
    void k8sStack;
    const outputs = Object.keys(infraJson.output ?? {});
    expect(outputs.length).toBeGreaterThanOrEqual(2);
    const remote = k8sJson.data.terraform_remote_state;
    expect(Object.keys(remote)).toHaveLength(1);
    const [remoteName] = Object.keys(remote);
    expect(remote[remoteName].backend).toBe('local');
    const k8s = k8sJson.provider.kubernetes[0];
    expect(k8s.host).toMatch(new RegExp(`^https://\\$\\{data\\.terraform_remote_state\\.${remoteName}\\.outputs\\.`));
    expect(k8s.cluster_ca_certificate).toMatch(/^\$\{base64decode\(yamldecode\(data\.terraform_remote_state\./);
    expect(k8s.exec[0].args[4]).toMatch(/data\.terraform_remote_state\./);
    const sc = k8sJson.resource.kubernetes_manifest['storageclass-cluster-oci-bv-encrypted'].manifest;
    expect(sc.parameters['kms-key-id']).toMatch(/^\$\{data\.terraform_remote_state\.[^}]+\}$/);
    expect(JSON.stringify(k8sJson)).not.toContain('oci_containerengine_cluster.cluster');
    expect(JSON.stringify(k8sJson)).not.toContain('TfToken');
  });

  test('the schema validator rejects a misspelt kubernetes_manifest attribute', () => {
    const j = synthValid(configStack());
    j.resource.kubernetes_manifest['namespace-cluster-shop'].manifests = {};
    expect(schemaValidator.validate(j).map((v) => v.address)).toContain('resource.kubernetes_manifest.namespace-cluster-shop.manifests');
  });

  test('with the external Calico choice there is no helm provider nor release', () => {
    const j = synthValid(configStack({ baseline: { ...BASE_PROPS, networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO } }));
    expect(j.provider.helm).toBeUndefined();
    expect(j.resource.helm_release).toBeUndefined();
  });

  test('synthesis is deterministic', () => {
    expect(Testing.synth(configStack())).toEqual(Testing.synth(configStack()));
  });

  const bad: Array<[string, Partial<ClusterConfigStackProps['connection']>, RegExp]> = [
    ['http host', { host: 'http://10.0.0.10:6443' }, /^connection\.host:/],
    ['malformed cluster id', { clusterId: 'ocid1.vcn.oc1..aaaa' }, /^connection\.clusterId:/],
    ['bad region', { region: 'Frankfurt' }, /^connection\.region:/],
    ['both CA and kubeconfig', { kubeconfigContent: 'apiVersion: v1' }, /^connection\.clusterCaCertificate:/],
    ['bad proxy', { proxyUrl: 'bastion:1080' }, /^connection\.proxyUrl:/],
  ];
  test.each(bad)('refuses %s', (_, over, message) => {
    expect(() => configStack({ connection: { ...PROPS.connection, ...over } })).toThrow(HardenedOkeValidationError);
    expect(() => configStack({ connection: { ...PROPS.connection, ...over } })).toThrow(message);
  });
});
