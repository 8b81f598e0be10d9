/**
 * The network side of HardenedCluster: the one allow-list rule, worker/pod internet egress tied to where the
 * library's images come from, and the OIDC issuer path, asserted on the synthesized Terraform JSON.
 */
import * as path from 'path';
import { App } from 'cdktf';
import {
  ALLOW_LIST_MIN_IPV4_PREFIX, coversInternet, ipv6Prefix, requireAllowList, unionSize,
} from '../../lib/core/cidr';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import type { HardenedClusterProps } from '../../lib/hardened-cluster';
import { NetworkPolicyEngine } from '../../lib/kubernetes/types';
import { CILIUM_RELEASE, mirroredRelease } from '../../lib/kubernetes/private/cni-release';
import { Waivers } from '../../lib/compliance/waivers';
import { buildCluster, resourcesOf, synthValid } from '../support';

function build(overrides: Partial<HardenedClusterProps> = {}) {
  const { stack, cluster } = buildCluster(overrides);
  return { stack, cluster, json: synthValid(stack) };
}

const errorOf = (fn: () => unknown): HardenedOkeValidationError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof HardenedOkeValidationError) return e;
    throw e;
  }
  throw new Error('no error thrown');
};

/** Egress rules to CIDR blocks outside the VCN (10.0.0.0/16), by NSG role taken from the construct path. */
function internetEgress(json: any): Array<[string, string, unknown]> {
  return Object.entries<any>(resourcesOf(json, 'oci_core_network_security_group_security_rule'))
    .filter(([, r]) => r.direction === 'EGRESS' && r.destination_type === 'CIDR_BLOCK' && r.protocol !== '1' && !r.destination.startsWith('10.'))
    .map(([name, r]) => [/nsg-rule-([A-Za-z]+)-/.exec(name)![1], r.destination, r.tcp_options?.destination_port_range]);
}

describe('the one allow-list rule (lib/core/cidr)', () => {
  test.each([
    ['0.0.0.0/0', true], ['0.0.0.0/1', true], ['128.0.0.0/1', true], ['64.0.0.0/2', true], ['10.0.0.0/7', true],
    ['10.0.0.0/8', false], ['203.0.113.0/24', false], ['::/0', true], ['2000::/3', true], ['2001:db8::/15', true], ['2001:db8::/32', false],
  ])('coversInternet(%s) = %s', (cidr, expected) => {
    expect(coversInternet(cidr)).toBe(expected);
  });

  test('the internet split in parts is refused, naming the first part', () => {
    const e = errorOf(() => requireAllowList('bastion.clientCidrs', ['0.0.0.0/1', '128.0.0.0/1']));
    expect(e.property).toBe('bastion.clientCidrs[0]');
    expect(e.message).toContain(`shorter than /${ALLOW_LIST_MIN_IPV4_PREFIX}`);
  });

  test('many long blocks that together exceed one /8 are refused as a whole', () => {
    const blocks = Array.from({ length: 257 }, (_, i) => `${100 + Math.floor(i / 256)}.${i % 256}.0.0/16`);
    expect(unionSize(blocks)).toBe(257 * 65536);
    expect(errorOf(() => requireAllowList('network.apiAdminCidrs', blocks)).property).toBe('network.apiAdminCidrs');
    expect(() => requireAllowList('network.apiAdminCidrs', blocks.slice(0, 256))).not.toThrow();
  });

  test('IPv6 blocks are refused in allow-lists (the VCN is IPv4 only); ipv6Prefix reads the prefix', () => {
    expect(ipv6Prefix('2001:db8::/48')).toBe(48);
    expect(ipv6Prefix('10.0.0.0/8')).toBeUndefined();
    expect(errorOf(() => requireAllowList('oidc.issuerCidrs', ['2001:db8::/48'])).property).toBe('oidc.issuerCidrs[0]');
  });

  test('duplicates are refused', () => {
    expect(errorOf(() => requireAllowList('bastion.clientCidrs', ['203.0.113.0/24', '203.0.113.0/24'])).property).toBe('bastion.clientCidrs[1]');
  });
});

describe('OKE_BASTION_CLIENT_CIDR=0.0.0.0/1 fails the example synth naming bastion.clientCidrs', () => {
  test.each(['hardened-cluster', 'production'])('examples/%s', (example) => {
    const before = process.env.OKE_BASTION_CLIENT_CIDR;
    process.env.OKE_BASTION_CLIENT_CIDR = '0.0.0.0/1';
    try {
      let error: unknown;
      jest.isolateModules(() => {
         
        const { buildExampleApp } = require(path.join('..', '..', 'examples', example, 'main'));
        try {
          (buildExampleApp as (outdir?: string) => App)(path.join(require('os').tmpdir(), `allow-list-${example}`));
        } catch (e) {
          error = e;
        }
      });
      expect(error).toBeInstanceOf(Error);
      expect((error as HardenedOkeValidationError).property).toBe('bastion.clientCidrs[0]');
      expect((error as Error).message).toMatch(/^bastion\.clientCidrs\[0\]: 0\.0\.0\.0\/1 covers 1\/2 of the internet/);
    } finally {
      if (before === undefined) delete process.env.OKE_BASTION_CLIENT_CIDR;
      else process.env.OKE_BASTION_CLIENT_CIDR = before;
    }
  });
});

describe('HardenedCluster internet egress', () => {
  test('default (Cilium from quay.io): workers keep TCP 443 to the internet, pods and the API endpoint have none', () => {
    const { json } = build();
    expect(internetEgress(json)).toEqual([['workers', '0.0.0.0/0', { min: 443, max: 443 }]]);
  });

  test('with an OCIR mirror: no internet egress at all, and Cilium pulls <mirror>/cilium/... by the same digests', () => {
    const mirror = 'fra.ocir.io/axaxnpcrorw5/mirror';
    const { cluster, json } = build({ kubernetes: { imageRegistryMirror: mirror } });
    expect(internetEgress(json)).toEqual([]);
    const k8s = synthValid(cluster.configStack);
    const values: string = Object.values<any>(resourcesOf(k8s, 'helm_release'))[0].values[0];
    expect(values).toContain(`repository: ${mirror}/cilium/cilium\n`);
    expect(values).toContain(`repository: ${mirror}/cilium/operator\n`);
    expect(values).toContain(`digest: ${CILIUM_RELEASE.images.agent.digest}`);
    expect(values).toContain(`genericDigest: ${CILIUM_RELEASE.images.operator.digest}`);
    expect(values).not.toContain('quay.io');
  });

  test('mirroredRelease keeps tags and digests and changes only the registry', () => {
    const m = mirroredRelease(CILIUM_RELEASE, 'ocir.eu-frankfurt-1.oci.oraclecloud.com/ns/mirror');
    expect(m.images.agent).toEqual({ ...CILIUM_RELEASE.images.agent, repository: 'ocir.eu-frankfurt-1.oci.oraclecloud.com/ns/mirror/cilium/cilium' });
    expect(m.images.operator.digest).toBe(CILIUM_RELEASE.images.operator.digest);
    expect(mirroredRelease(CILIUM_RELEASE, undefined)).toBe(CILIUM_RELEASE);
  });

  test('with an externally installed engine nothing the library installs needs the internet', () => {
    const { json } = build({ kubernetes: { networkPolicyEngine: NetworkPolicyEngine.EXTERNAL_CALICO } });
    expect(internetEgress(json)).toEqual([]);
  });

  test('pod internet egress is a prop with a reason, recorded as a NET-10 waiver', () => {
    const { stack, json } = build({ network: { podInternetEgress: { reason: 'webhooks to a SaaS' } } });
    expect(internetEgress(json)).toContainEqual(['pods', '0.0.0.0/0', { min: 443, max: 443 }]);
    expect(Waivers.of(stack).filter((w) => w.controlId === 'NET-10').map((w) => w.reason)).toEqual(['podInternetEgress: webhooks to a SaaS']);
  });
});

describe('HardenedCluster with OIDC', () => {
  const oidc = { issuerUrl: 'https://login.example.com/oauth2/default', clientId: 'oke', issuerCidrs: ['198.51.100.0/24', '192.0.2.16/28'] };

  test('the API endpoint subnet routes through NAT and its NSG allows TCP 443 to the issuer blocks only', () => {
    const { json, cluster } = build({ oidc, kubernetes: { imageRegistryMirror: 'fra.ocir.io/ns/mirror' } });
    expect(internetEgress(json).sort()).toEqual([
      ['apiEndpoint', '192.0.2.16/28', { min: 443, max: 443 }],
      ['apiEndpoint', '198.51.100.0/24', { min: 443, max: 443 }],
    ]);
    const subnet = resourcesOf(json, 'oci_core_subnet')[Object.keys(resourcesOf(json, 'oci_core_subnet')).find((k) => k.includes('subnet-apiEndpoint'))!];
    const natTable = Object.entries<any>(resourcesOf(json, 'oci_core_route_table')).find(([, t]) => t.route_rules.some((r: any) => r.network_entity_id.includes('oci_core_nat_gateway')))!;
    expect(subnet.route_table_id).toBe(`\${oci_core_route_table.${natTable[0]}.id}`);
    expect(natTable[1].route_rules.map((r: any) => [r.destination_type, r.network_entity_id.split('.')[0]])).toEqual([
      ['CIDR_BLOCK', '${oci_core_nat_gateway'], ['SERVICE_CIDR_BLOCK', '${oci_core_service_gateway'],
    ]);
    expect(cluster.network.routeTables!.natAndServices).toBeDefined();
  });

  test('an issuer at any address needs issuerAnywhereReason and is recorded as a NET-10 waiver', () => {
    const { stack, json } = build({ oidc: { issuerUrl: oidc.issuerUrl, clientId: 'oke', issuerAnywhereReason: 'IdP publishes no ranges' } });
    expect(internetEgress(json)).toContainEqual(['apiEndpoint', '0.0.0.0/0', { min: 443, max: 443 }]);
    expect(Waivers.of(stack).filter((w) => w.controlId === 'NET-10').map((w) => w.reason)).toEqual(['OIDC issuer reachable at any address: IdP publishes no ranges']);
  });

  test('0.0.0.0/0 as an issuer block is refused (the waiver prop is the only way)', () => {
    const e = errorOf(() => build({ oidc: { ...oidc, issuerCidrs: ['0.0.0.0/0'] } }));
    expect(e.property).toBe('oidc.issuerCidrs[0]');
  });
});
