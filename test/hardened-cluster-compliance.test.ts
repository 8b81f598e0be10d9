import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { HardenedCluster, HardenedClusterProps } from '../lib/hardened-cluster';
import { OciProvider } from '../lib/generated/providers/oci/provider';
import { CoreNetworkSecurityGroupSecurityRule } from '../lib/generated/providers/oci/core-network-security-group-security-rule';
import { NetworkPolicyEngine } from '../lib/kubernetes/types';
import { OCIDS, schemaValidator, CLUSTER_PROPS } from './support';

const BASE: HardenedClusterProps = {
  ...CLUSTER_PROPS,
  kubernetes: { applicationNamespaces: [{ name: 'shop', adminGroupIds: [OCIDS.group('devs')], viewerGroupIds: [OCIDS.group('auditors')] }] },
};

function synthApp(props: Partial<HardenedClusterProps>, extra?: (stack: TerraformStack, cluster: HardenedCluster) => void) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-compliance-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'prod');
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  const cluster = new HardenedCluster(stack, 'prod', { ...BASE, ...props });
  extra?.(stack, cluster);
  return { app, outdir };
}

function report(outdir: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'hardening-report.json'), 'utf8'));
}

describe('HardenedCluster and the compliance layer', () => {
  test('a default cluster passes every control with no waiver, and every stack is schema-valid', () => {
    const { app, outdir } = synthApp({});
    app.synth();
    const r = report(outdir);
    expect(r.summary.fail).toBe(0);
    expect(r.summary.waived).toBe(0);
    expect(r.summary.pass).toBeGreaterThan(55);
    for (const stack of fs.readdirSync(path.join(outdir, 'stacks'))) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
      expect({ stack, violations: schemaValidator.validate(json) }).toEqual({ stack, violations: [] });
    }
    expect(fs.readFileSync(path.join(outdir, 'hardening-report.md'), 'utf8')).toContain('```mermaid');
  });

  const STAGING_COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaastagingcompartment';

  test('two clusters in one app, each in its own compartment, each keep their own cluster-admin binding and pass', () => {
    const { app, outdir } = synthApp({}, (stack) => {
      new HardenedCluster(stack, 'staging', { ...BASE, compartmentId: STAGING_COMPARTMENT, network: { vcnCidr: '10.1.0.0/16' } });
    });
    app.synth();
    const r = report(outdir);
    expect(r.summary.fail).toBe(0);
    expect(r.stacks).toEqual(expect.arrayContaining(['prod', 'prod-prod-k8s', 'prod-staging-k8s']));
    expect(r.controls.find((c: any) => c.id === 'IAM-15').findings.map((f: any) => f.status)).toEqual(['pass', 'pass']);
  });

  test('two clusters in one compartment fail IAM-15 (each worker dynamic group would match the other cluster\'s nodes) unless both waive it', () => {
    const shared = synthApp({}, (stack) => {
      new HardenedCluster(stack, 'staging', { ...BASE, network: { vcnCidr: '10.1.0.0/16' } });
    });
    expect(() => shared.app.synth()).toThrow(/IAM-15 failed on oci_identity_dynamic_group\.staging_iam_worker-nodes[^\n]*also the rule of prod:oci_identity_dynamic_group\.prod_iam_worker-nodes/);
    const waivers = [{ controlId: 'IAM-15', reason: 'dev and staging share the sandbox compartment by design' }];
    const waived = synthApp({ waivers }, (stack) => {
      new HardenedCluster(stack, 'staging', { ...BASE, waivers, network: { vcnCidr: '10.1.0.0/16' } });
    });
    waived.app.synth();
    const r = report(waived.outdir);
    expect(r.summary.fail).toBe(0);
    expect(r.controls.find((c: any) => c.id === 'IAM-15').status).toBe('waived');
  });

  test('a hand-written NSG rule opening SSH to the internet next to our constructs fails synth with NET-02', () => {
    const { app } = synthApp({}, (stack, cluster) => {
      new CoreNetworkSecurityGroupSecurityRule(stack, 'ssh-from-anywhere', {
        networkSecurityGroupId: cluster.network.nsgIds.workers,
        direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', sourceType: 'CIDR_BLOCK',
        tcpOptions: { destinationPortRange: { min: 22, max: 22 } },
      });
    });
    expect(() => app.synth()).toThrow(/NET-02 failed on oci_core_network_security_group_security_rule\.ssh-from-anywhere/);
  });

  test('an escape-hatch override that turns on the public endpoint fails synth with API-01', () => {
    const { app } = synthApp({}, (_stack, cluster) => {
      cluster.cluster.resource.addOverride('endpoint_config.is_public_ip_enabled', true);
    });
    expect(() => app.synth()).toThrow(/API-01/);
  });

  test('an aspect that opens the endpoint while stacks synthesize is still caught', () => {
    const { app } = synthApp({}, (stack, cluster) => {
      Aspects.of(stack).add({
        visit(node: IConstruct) {
          if (node === cluster.cluster.resource) cluster.cluster.resource.addOverride('endpoint_config.is_public_ip_enabled', true);
        },
      });
    });
    expect(() => app.synth()).toThrow(/API-01/);
  });

  test('a public load balancer subnet is recorded as waivers with the reason, and synth passes', () => {
    const { app, outdir } = synthApp({ network: { publicLoadBalancerSubnet: true } });
    app.synth();
    const r = report(outdir);
    expect(r.summary.fail).toBe(0);
    const waived = r.waivers.map((w: any) => w.controlId).sort();
    expect(waived).toEqual(expect.arrayContaining(['NET-01', 'NET-05', 'NET-06']));
    for (const w of r.waivers) expect(w.reason).toMatch(/publicLoadBalancerSubnet/);
    expect(r.summary.waived).toBeGreaterThanOrEqual(3);
  });

  test('an SSH key and an external policy engine are waived by the props that ask for them', () => {
    const { app, outdir } = synthApp({
      nodePools: [{ ...BASE.nodePools[0], sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP3jR6NPKFZZcuc6NH/mspHo/jSvG+Dl9kgP5rfchIjK admin@example' }],
      kubernetes: { ...BASE.kubernetes, networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO },
    });
    app.synth();
    const ids = report(outdir).waivers.map((w: any) => w.controlId);
    expect(ids).toEqual(expect.arrayContaining(['NODE-05', 'NP-01']));
  });

  test('a user waiver needs a reason and shows in the report; an expired one stops counting', () => {
    const pinned = { imageId: 'ocid1.image.oc1.eu-frankfurt-1.aaaaaaaapinned' };
    const withKey = (waivers: HardenedClusterProps['waivers']) => synthApp({
      nodePools: [{ ...BASE.nodePools[0], ...pinned }],
      waivers,
    }, (_s, cluster) => cluster.nodePools[0].resource.addOverride('ssh_public_key', 'ssh-ed25519 AAAA user'));
    const ok = withKey([{ controlId: 'NODE-05', reason: 'break-glass access during the migration', expires: '2999-12-31' }]);
    ok.app.synth();
    expect(report(ok.outdir).waivers.find((w: any) => w.controlId === 'NODE-05').reason).toBe('break-glass access during the migration');
    const expired = withKey([{ controlId: 'NODE-05', reason: 'old', expires: '2020-01-01' }]);
    expect(() => expired.app.synth()).toThrow(/NODE-05/);
    expect(() => withKey([{ controlId: 'NODE-05', reason: ' ' }])).toThrow(/reason/);
  });
});
