import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { HardeningCompliance, Waivers } from '../../lib/compliance';
import { CoreDefaultSecurityList } from '../../lib/generated/providers/oci/core-default-security-list';
import { CoreServiceGateway } from '../../lib/generated/providers/oci/core-service-gateway';
import { CoreNetworkSecurityGroup } from '../../lib/generated/providers/oci/core-network-security-group';
import { CoreNetworkSecurityGroupSecurityRule } from '../../lib/generated/providers/oci/core-network-security-group-security-rule';
import { CoreVcn } from '../../lib/generated/providers/oci/core-vcn';
import { OciProvider } from '../../lib/generated/providers/oci/provider';
import { App, OCIDS, synthValid, TerraformStack, Testing } from '../support';

const COMPARTMENT = OCIDS.compartment;

/** A tiny "infra" stack: VCN + NSG + one NSG rule, the rule opening `port` from `source`. */
function network(app: App, name: string, source: string, port = 22) {
  const stack = new TerraformStack(app, name);
  new OciProvider(stack, 'oci', { region: 'eu-frankfurt-1' });
  const scope = new Construct(stack, 'net');
  const vcn = new CoreVcn(scope, 'vcn', { compartmentId: COMPARTMENT, cidrBlocks: ['10.0.0.0/16'] });
  new CoreDefaultSecurityList(scope, 'default-sl', { manageDefaultResourceId: vcn.defaultSecurityListId });
  new CoreServiceGateway(scope, 'sgw', { compartmentId: COMPARTMENT, vcnId: vcn.id, services: [{ serviceId: 'ocid1.service.oc1..all' }] });
  const nsg = new CoreNetworkSecurityGroup(scope, 'nsg', { compartmentId: COMPARTMENT, vcnId: vcn.id });
  const rule = new CoreNetworkSecurityGroupSecurityRule(scope, 'ssh', {
    networkSecurityGroupId: nsg.id, direction: 'INGRESS', protocol: '6', source, sourceType: 'CIDR_BLOCK',
    tcpOptions: { destinationPortRange: { min: port, max: port } },
  });
  return { stack, rule };
}

function synthError(app: App): string {
  try {
    app.synth();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('synth did not fail');
}

describe('synth-time enforcement', () => {
  test('a hand-written NSG rule opening 22 to 0.0.0.0/0 fails synth with the control id, address and fix', () => {
    const app = Testing.app();
    const { stack } = network(app, 'infra', '0.0.0.0/0');
    synthValid(stack);
    HardeningCompliance.enable(stack);
    const message = synthError(app);
    expect(message).toMatch(/NET-02/);
    expect(message).toMatch(/oci_core_network_security_group_security_rule\.net_ssh_[0-9A-F]{8}/);
    expect(message).toMatch(/Fix: Replace the 0\.0\.0\.0\/0 source/);
    // The stack's JSON was never written: the stack validation ran before it.
    expect(fs.existsSync(path.join(app.outdir, 'stacks', 'infra', 'cdk.tf.json'))).toBe(false);
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
    expect(report.passed).toBe(false);
    expect(report.controls.find((c: any) => c.id === 'NET-02').status).toBe('fail');
  });

  test.each(['0.0.0.0/1', '128.0.0.0/1', '32.0.0.0/3'])('a hand-written NSG rule opening 22 to %s (a large share of the internet) fails synth with NET-02', (source) => {
    const app = Testing.app();
    const { stack } = network(app, 'infra', source);
    synthValid(stack);
    HardeningCompliance.enable(stack);
    const message = synthError(app);
    expect(message).toMatch(/NET-02/);
    expect(message).toContain(`ingress tcp/22 from ${source} exposes port 22 to the internet`);
  });

  test('the same rule from an admin CIDR passes and the report is written next to the stacks', () => {
    const app = Testing.app();
    const { stack } = network(app, 'infra', '203.0.113.0/24');
    synthValid(stack);
    HardeningCompliance.enable(stack);
    app.synth();
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
    expect(report.passed).toBe(true);
    expect(report.controls.find((c: any) => c.id === 'NET-02').status).toBe('pass');
    expect(fs.readFileSync(path.join(app.outdir, 'hardening-report.md'), 'utf8')).toMatch(/```mermaid/);
  });

  test('stacks nobody enabled explicitly are checked too (app-level validation)', () => {
    const app = Testing.app();
    const { stack: good } = network(app, 'good', '203.0.113.0/24');
    const { stack: bad } = network(app, 'handwritten', '0.0.0.0/0', 6443);
    synthValid(bad);
    HardeningCompliance.enable(good);
    const message = synthError(app);
    expect(message).toMatch(/NET-02 failed on oci_core_network_security_group_security_rule\.net_ssh_[0-9A-F]{8} in stack handwritten/);
  });

  test('Kubernetes objects of a config stack are judged at synth (kubernetes_manifest)', () => {
    const app = Testing.app();
    const { stack: infra } = network(app, 'infra', '203.0.113.0/24');
    const k8s = new TerraformStack(app, 'infra-prod-k8s');
    new KubernetesProvider(k8s, 'k8s', { host: 'https://10.0.0.2:6443' });
    new Manifest(k8s, 'pwn', { manifest: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pwn', namespace: 'app' }, spec: { hostPID: true, containers: [{ name: 'c', image: 'busybox', securityContext: { privileged: true } }] } } });
    synthValid(k8s);
    HardeningCompliance.enable(infra);
    HardeningCompliance.enable(k8s);
    const message = synthError(app);
    expect(message).toMatch(/WKL-11 failed on kubernetes_manifest\.pwn in stack infra-prod-k8s: container c: privileged: true/);
    expect(message).toMatch(/WKL-09 failed on kubernetes_manifest\.pwn/);
    // The infra stack was fine and got written before the Kubernetes stack failed.
    expect(fs.existsSync(path.join(app.outdir, 'stacks', 'infra', 'cdk.tf.json'))).toBe(true);
  });

  test('refuses an App that skips validation (no off switch)', () => {
    const app = new App({ skipValidation: true, outdir: Testing.app().outdir });
    const { stack } = network(app, 'infra', '203.0.113.0/24');
    expect(() => HardeningCompliance.enable(stack)).toThrow(/App\.skipValidation: .*cannot be skipped/);
  });

  test('enable is idempotent', () => {
    const app = Testing.app();
    const { stack } = network(app, 'infra', '203.0.113.0/24');
    HardeningCompliance.enable(stack);
    HardeningCompliance.enable(stack);
    HardeningCompliance.enable(app);
    expect(HardeningCompliance.isEnabled(stack)).toBe(true);
    expect(app.node.validate()).toEqual([]);
  });
});

describe('waivers', () => {
  test('a recorded waiver (scope = the construct) turns the failure into a waived finding with its reason', () => {
    const app = Testing.app();
    const { stack, rule } = network(app, 'infra', '0.0.0.0/0');
    HardeningCompliance.enable(stack);
    Waivers.record(rule, { controlId: 'NET-02', reason: 'break-glass SSH for the migration, SEC-42' });
    Waivers.record(rule, { controlId: 'NET-04', reason: 'break-glass SSH for the migration, SEC-42' });
    app.synth();
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
    const net02 = report.controls.find((c: any) => c.id === 'NET-02');
    expect(net02.status).toBe('waived');
    expect(net02.findings[0].waiver).toEqual({ reason: 'break-glass SSH for the migration, SEC-42', scope: 'infra/net/ssh', expires: null, source: 'infra/net/ssh' });
    expect(report.waivers).toHaveLength(2);
    expect(fs.readFileSync(path.join(app.outdir, 'hardening-report.md'), 'utf8')).toMatch(/waived: break-glass SSH/);
  });

  test('an expired waiver stops counting', () => {
    const app = Testing.app();
    const { stack } = network(app, 'infra', '0.0.0.0/0');
    HardeningCompliance.enable(stack, {
      waivers: [
        { controlId: 'NET-02', reason: 'temporary', scope: 'oci_core_network_security_group_security_rule.*', expires: '2020-01-31' },
        { controlId: 'NET-04', reason: 'temporary', scope: 'infra/net' },
      ],
    });
    expect(synthError(app)).toMatch(/NET-02/);
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
    expect(report.waivers.find((w: any) => w.controlId === 'NET-02')).toMatchObject({ active: false, used: false, expires: '2020-01-31' });
    expect(report.controls.find((c: any) => c.id === 'NET-04').status).toBe('waived');
  });

  test('a waiver that expires in the future counts', () => {
    const app = Testing.app();
    const { stack } = network(app, 'infra', '0.0.0.0/0');
    HardeningCompliance.enable(stack, { waivers: [{ controlId: 'NET-02', reason: 'r', expires: '2999-12-31' }, { controlId: 'NET-04', reason: 'r', expires: '2999-12-31' }] });
    expect(() => app.synth()).not.toThrow();
  });

  test.each([
    [{ controlId: 'NET-02', reason: '' }, /waiver\.reason: a waiver needs a reason/],
    [{ controlId: 'NET-02', reason: '   ' }, /waiver\.reason/],
    [{ controlId: 'NOPE-01', reason: 'x' }, /waiver\.controlId/],
    [{ controlId: 'NET-02', reason: 'x', expires: 'next week' }, /waiver\.expires/],
    [{ controlId: 'NET-02', reason: 'x', scope: '' }, /waiver\.scope/],
  ])('bad waiver %j is refused', (props, message) => {
    const app = Testing.app();
    const { rule } = network(app, 'infra', '0.0.0.0/0');
    expect(() => Waivers.record(rule, props)).toThrow(HardenedOkeValidationError);
    expect(() => Waivers.record(rule, props)).toThrow(message);
  });

  test('Waivers.of lists what constructs recorded, once', () => {
    const app = Testing.app();
    const { rule } = network(app, 'infra', '0.0.0.0/0');
    Waivers.record(rule, { controlId: 'API-01', reason: 'public endpoint with allow-list 203.0.113.0/24' });
    Waivers.record(rule, { controlId: 'API-01', reason: 'public endpoint with allow-list 203.0.113.0/24' });
    expect(Waivers.of(app)).toEqual([{ controlId: 'API-01', reason: 'public endpoint with allow-list 203.0.113.0/24', scope: 'infra/net/ssh', expires: undefined, source: 'infra/net/ssh' }]);
  });
});
