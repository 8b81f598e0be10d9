import { TerraformVariable, Token } from 'cdktf';
import { validateWaiver } from '../../lib/compliance/waiver-rules';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { NEWEST_KUBERNETES_VERSION, OKE_KUBERNETES_VERSIONS, OKE_VERSIONS_READ_ON, requireSupportedKubernetesVersion } from '../../lib/core/kubernetes-version';
import { requireClusterName } from '../../lib/core/names';
import { KNOWN_REGIONS, ocirHost, regionInfo, requireRegion } from '../../lib/core/regions';
import { requireSshPublicKey } from '../../lib/core/ssh-key';
import { requireHttpsUrl } from '../../lib/core/urls';
import { requireClusterName as kubernetesClusterNameRule } from '../../lib/kubernetes/private/validation';
import { ClusterNetwork } from '../../lib/network/cluster-network';
import { ClusterAlarms } from '../../lib/observability';
import { OCIDS, newStack } from '../support';

const SSH = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP3jR6NPKFZZcuc6NH/mspHo/jSvG+Dl9kgP5rfchIjK admin@example';
const errorOf = (f: () => unknown): HardenedOkeValidationError => {
  try { f(); } catch (e) { if (e instanceof HardenedOkeValidationError) return e; throw e; }
  throw new Error('no error');
};

describe('region table and rule', () => {
  test('maps identifiers to region keys and OCIR hosts ("Regions and Availability Domains")', () => {
    expect(regionInfo('eu-frankfurt-1')).toEqual({ identifier: 'eu-frankfurt-1', key: 'FRA', realm: 'OC1' });
    expect(ocirHost('eu-frankfurt-1')).toBe('fra.ocir.io');
    expect(ocirHost('us-ashburn-1')).toBe('iad.ocir.io');
    expect(regionInfo('eu-jovanovac-1')?.realm).toBe('OC20');
    expect(new Set(KNOWN_REGIONS).size).toBe(KNOWN_REGIONS.length);
  });
  test('refuses typos, keys and tokens; the opt-out still requires the shape', () => {
    expect(errorOf(() => requireRegion('region', 'eu-frankfrut-1')).message).toMatch(/allowUnknownRegion/);
    expect(errorOf(() => requireRegion('region', 'fra')).message).toMatch(/not an OCI region identifier/);
    expect(requireRegion('region', 'us-langley-1', { allowUnknown: true })).toBe('us-langley-1');
    expect(errorOf(() => requireRegion('region', Token.asString({ resolve: () => 'x' }))).message).toMatch(/must be known at synth/);
  });
});

describe('one cluster-name rule', () => {
  test.each(['prod', 'a', 'team-a-prod-2', 'x'.repeat(30)])('accepts %s everywhere', (name) => {
    expect(requireClusterName('name', name)).toBe(name);
    expect(() => kubernetesClusterNameRule('clusterName', name)).not.toThrow();
  });
  test.each(['Prod', 'prod-', '1prod', 'x'.repeat(31), 'prod_1', ''])('refuses %j everywhere, standalone ClusterNetwork included', (name) => {
    expect(() => requireClusterName('name', name)).toThrow(HardenedOkeValidationError);
    expect(() => kubernetesClusterNameRule('clusterName', name)).toThrow(HardenedOkeValidationError);
    expect(errorOf(() => new ClusterNetwork(newStack(), 'n', { compartmentId: OCIDS.compartment, clusterName: name })).property).toBe('clusterName');
  });
});

describe('Kubernetes versions data file', () => {
  test('is dated, sorted and bounds the accepted range', () => {
    expect(OKE_VERSIONS_READ_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(OKE_KUBERNETES_VERSIONS.length).toBeGreaterThanOrEqual(3);
    for (const v of OKE_KUBERNETES_VERSIONS) expect(() => requireSupportedKubernetesVersion('v', v)).not.toThrow();
    expect(errorOf(() => requireSupportedKubernetesVersion('kubernetesVersion', 'v1.99.0')).message).toMatch(new RegExp(`newer than ${NEWEST_KUBERNETES_VERSION}.*refresh`));
  });
});

describe('SSH public keys', () => {
  test('accepts a real key, refuses look-alikes', () => {
    expect(() => requireSshPublicKey('k', SSH)).not.toThrow();
    expect(() => requireSshPublicKey('k', SSH.split(' ').slice(0, 2).join(' '))).not.toThrow();
    for (const bad of ['-----BEGIN OPENSSH PRIVATE KEY-----', 'SHA256:abc', 'ssh-ed25519', 'ssh-dss AAAAB3NzaC1kc3M=', SSH.replace(/AAAAI/, 'AAAAJ'), 42]) {
      expect(() => requireSshPublicKey('k', bad)).toThrow(HardenedOkeValidationError);
    }
  });
});

describe('https endpoints and waiver dates', () => {
  test('https only, tokens allowed (OCI returns https endpoints)', () => {
    expect(() => requireHttpsUrl('e', 'https://x-management.kms.eu-frankfurt-1.oraclecloud.com')).not.toThrow();
    expect(() => requireHttpsUrl('e', 'http://x')).toThrow(/not an https endpoint/);
    expect(() => requireHttpsUrl('e', Token.asString({ resolve: () => 'x' }))).not.toThrow();
  });
  test.each(['2027-02-30', '2027-13-01', '2027-04-31', '2027-1-5', 'tomorrow'])('refuses the waiver date %s', (expires) => {
    expect(errorOf(() => validateWaiver('waiver', { controlId: 'NET-02', reason: 'r', expires }, 'x')).property).toBe('waiver.expires');
  });
  test('accepts a leap day and a date-time', () => {
    expect(() => validateWaiver('waiver', { controlId: 'NET-02', reason: 'r', expires: '2028-02-29' }, 'x')).not.toThrow();
    expect(() => validateWaiver('waiver', { controlId: 'NET-02', reason: 'r', expires: '2028-02-29T12:00:00Z' }, 'x')).not.toThrow();
  });
});

describe('standalone constructs check their props too', () => {
  const alarmProps = { compartmentId: OCIDS.compartment, clusterName: 'prod', clusterId: 'ocid1.cluster.oc1.eu-frankfurt-1.aaaaaaaatest', topicId: 'ocid1.onstopic.oc1..t' };
  test('ClusterAlarms: misspelt key, wrong kind, Terraform token', () => {
    expect(errorOf(() => new ClusterAlarms(newStack(), 'a', { ...alarmProps, minActivenodes: 3 } as any)).message).toMatch(/^minActivenodes: .*did you mean minActiveNodes/);
    expect(errorOf(() => new ClusterAlarms(newStack(), 'a', { ...alarmProps, minActiveNodes: '3' } as any)).property).toBe('minActiveNodes');
    const stack = newStack();
    const v = new TerraformVariable(stack, 'n', { type: 'number' });
    const e = errorOf(() => new ClusterAlarms(stack, 'a', { ...alarmProps, minActiveNodes: v.numberValue }));
    expect(e.message).toMatch(/^minActiveNodes: must be known at synth/);
    expect(e.message).not.toMatch(/e\+\d/);
    expect(errorOf(() => new ClusterAlarms(newStack(), 'a', undefined as any)).message).toMatch(/^props: the props object is missing/);
  });

  test('a missing or mistyped OCID prop is explained as an OCID of that kind', () => {
    const { compartmentId: _omitted, ...withoutCompartment } = alarmProps;
    expect(errorOf(() => new ClusterAlarms(newStack(), 'a', withoutCompartment as any)).message)
      .toBe('compartmentId: is required. Fix: set compartmentId (string, an OCID such as "ocid1.compartment.oc1..<unique id>")');
    expect(errorOf(() => new ClusterAlarms(newStack(), 'a', { ...alarmProps, topicId: 42 } as any)).message)
      .toMatch(/^topicId: is a number \(42\)\. Fix: pass string, an OCID such as "ocid1\.topic\.oc1\.\.<unique id>"/);
  });
});
