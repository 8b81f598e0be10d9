import { App, LocalBackend, S3Backend, TerraformStack, Testing } from 'cdktf';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { HardenedCluster } from '../../lib/hardened-cluster';
import { DataTerraformRemoteStateOci, OciBackend, OciBackendAuth } from '../../lib/state';
import { CLUSTER_PROPS, synthApp } from '../support';

const STATE = { bucket: 'tfstate', namespace: 'axaxnpcrorw5', region: 'eu-frankfurt-1' };

function clusterApp(outdir: string, backends: (stack: TerraformStack, cluster: HardenedCluster) => void): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'prod');
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  const cluster = new HardenedCluster(stack, 'prod', CLUSTER_PROPS);
  backends(stack, cluster);
  return app;
}

const stackOf = (synth: ReturnType<typeof synthApp>, name: string) => synth.stacks.find((s) => s.name === name)!.json;

describe('state backends of the two stacks', () => {
  test('OciBackend on both stacks: backend "oci" in each, and the Kubernetes stack reads the infrastructure outputs with an oci terraform_remote_state', () => {
    const synth = synthApp((outdir) => clusterApp(outdir, (stack, cluster) => {
      new OciBackend(stack, { ...STATE, key: 'prod/terraform.tfstate' });
      new OciBackend(cluster.configStack, { ...STATE, key: 'prod-prod-k8s/terraform.tfstate' });
    }));
    try {
      expect(stackOf(synth, 'prod').terraform.backend).toEqual({ oci: { ...STATE, key: 'prod/terraform.tfstate' } });
      const k8s = stackOf(synth, 'prod-prod-k8s');
      expect(k8s.terraform.backend).toEqual({ oci: { ...STATE, key: 'prod-prod-k8s/terraform.tfstate' } });
      const remote = Object.values(k8s.data.terraform_remote_state) as any[];
      expect(remote).toHaveLength(1);
      // The read points at the state the infrastructure stack writes, not at the Kubernetes stack's own.
      expect(remote[0]).toEqual({ backend: 'oci', workspace: '${terraform.workspace}', config: { ...STATE, key: 'prod/terraform.tfstate' } });
      // The references in the Kubernetes stack go through that data source.
      expect(JSON.stringify(k8s.provider.kubernetes)).toMatch(/data\.terraform_remote_state\.cross-stack-reference-input-prod\.outputs\./);
    } finally {
      synth.cleanup();
    }
  });

  test('the README\'s S3-compatible recipe (Terraform < 1.12, Resource Manager) on the Kubernetes stack replaces the default backend, no "already a Construct with name backend"', () => {
    const s3 = (key: string) => ({
      bucket: 'tfstate', key, region: 'eu-frankfurt-1',
      endpoints: { s3: 'https://axaxnpcrorw5.compat.objectstorage.eu-frankfurt-1.oraclecloud.com' }, skipRegionValidation: true,
      skipCredentialsValidation: true, skipRequestingAccountId: true, skipMetadataApiCheck: true, skipS3Checksum: true, usePathStyle: true,
    });
    const synth = synthApp((outdir) => clusterApp(outdir, (stack, cluster) => {
      new S3Backend(stack, s3('prod/terraform.tfstate'));
      new S3Backend(cluster.configStack, s3('prod-prod-k8s/terraform.tfstate'));
    }));
    try {
      const k8s = stackOf(synth, 'prod-prod-k8s');
      expect(Object.keys(k8s.terraform.backend)).toEqual(['s3']);
      expect(k8s.terraform.backend.s3.key).toBe('prod-prod-k8s/terraform.tfstate');
      const remote = Object.values(k8s.data.terraform_remote_state) as any[];
      expect(remote[0]).toMatchObject({ backend: 's3', config: { key: 'prod/terraform.tfstate', use_path_style: true } });
    } finally {
      synth.cleanup();
    }
  });

  test('without a backend the Kubernetes stack keeps a local backend with a relative path (the same JSON on every machine)', () => {
    const synth = synthApp((outdir) => clusterApp(outdir, (stack) => new LocalBackend(stack, { path: 'terraform.prod.tfstate' })));
    try {
      expect(stackOf(synth, 'prod-prod-k8s').terraform.backend).toEqual({ local: { path: 'terraform.prod-prod-k8s.tfstate' } });
    } finally {
      synth.cleanup();
    }
    // Testing.synth (no prepareStack) shows the same default.
    const app = Testing.app();
    const stack = new TerraformStack(app, 'prod');
    new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
    const cluster = new HardenedCluster(stack, 'prod', CLUSTER_PROPS);
    expect(JSON.parse(Testing.synth(cluster.configStack)).terraform.backend).toEqual({ local: { path: 'terraform.prod-prod-k8s.tfstate' } });
  });
});

describe('OciBackend', () => {
  const stack = () => new TerraformStack(Testing.app(), 's');

  test('writes the keys Terraform\'s oci backend reads, in snake_case', () => {
    const s = stack();
    new OciBackend(s, { ...STATE, auth: OciBackendAuth.SECURITY_TOKEN, configFileProfile: 'ops', workspaceKeyPrefix: 'ws', kmsKeyId: 'ocid1.key.oc1.eu-frankfurt-1.aaaa' });
    expect(JSON.parse(Testing.synth(s)).terraform.backend.oci).toEqual({
      ...STATE, auth: 'SecurityToken', config_file_profile: 'ops', workspace_key_prefix: 'ws', kms_key_id: 'ocid1.key.oc1.eu-frankfurt-1.aaaa',
    });
  });

  test('a remote-state read of its own', () => {
    const s = stack();
    new DataTerraformRemoteStateOci(s, 'network', { ...STATE, key: 'network/terraform.tfstate' });
    expect(JSON.parse(Testing.synth(s)).data.terraform_remote_state.network).toEqual({ backend: 'oci', config: { ...STATE, key: 'network/terraform.tfstate' } });
  });

  test.each([
    [{ namespace: 'n' }, /OciBackend\.bucket: is required/],
    [{ bucket: 'b' }, /OciBackend\.namespace: is required/],
    [{ ...STATE, key: '/abs' }, /OciBackend\.key: .* is not an object name/],
    [{ ...STATE, auth: 'Password' }, /OciBackend\.auth: "Password" is not an authentication method/],
    [{ bucket: 'b', namespace: 'n', auth: OciBackendAuth.INSTANCE_PRINCIPAL }, /OciBackend\.region: is required with auth InstancePrincipal/],
    [{ ...STATE, auth: OciBackendAuth.SECURITY_TOKEN }, /OciBackend\.configFileProfile: is required/],
    [{ ...STATE, privateKey: '-----BEGIN' }, /OciBackend\.privateKey: would write a secret/],
    [{ ...STATE, sseCustomerKey: 'x' }, /OciBackend\.sseCustomerKey: would write a secret/],
  ])('refuses %j with a named error', (config, message) => {
    expect(() => new OciBackend(stack(), config as any)).toThrow(message);
  });

  test('refuses a Terraform variable where Terraform takes only literals', () => {
    const s = stack();
    const { TerraformVariable } = require('cdktf');
    const v = new TerraformVariable(s, 'bucket', { type: 'string' });
    expect(() => new OciBackend(s, { ...STATE, bucket: v.stringValue })).toThrow(/OciBackend\.bucket: must be known at synth/);
  });
});
