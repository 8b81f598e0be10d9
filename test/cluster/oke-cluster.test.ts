import { OidcSigningAlgorithm } from '../../lib/cluster/oidc';
import { OkeCluster } from '../../lib/cluster/oke-cluster';
import { CniType } from '../../lib/network/cni-type';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { newStack, synthValid, resourcesOf, OCIDS, importedNetwork, importedKeys, NSG as nsg } from '../support';

const NSG = nsg('api');

function synthCluster({ cni, ...props }: Partial<ConstructorParameters<typeof OkeCluster>[2]> & { cni?: CniType } = {}) {
  const stack = newStack();
  new OkeCluster(stack, 'c', {
    compartmentId: OCIDS.compartment, name: 'prod', kubernetesVersion: 'v1.33.1',
    network: importedNetwork(stack, { cni }), keys: importedKeys(stack),
    ...props,
  });
  return Object.values(resourcesOf(synthValid(stack), 'oci_containerengine_cluster'))[0];
}

describe('OkeCluster', () => {
  test('is an enhanced cluster with a private endpoint in its NSG, etcd secrets wrapped by the key, dashboard and tiller off', () => {
    const c = synthCluster();
    expect(c.type).toBe('ENHANCED_CLUSTER');
    expect(c.endpoint_config).toEqual({ is_public_ip_enabled: false, subnet_id: OCIDS.subnet('api'), nsg_ids: [NSG] });
    expect(c.kms_key_id).toBe(OCIDS.key);
    expect(c.options.add_ons).toEqual({ is_kubernetes_dashboard_enabled: false, is_tiller_enabled: false });
    expect(c.options.admission_controller_options).toEqual({ is_pod_security_policy_enabled: false });
    expect(c.cluster_pod_network_options).toEqual([{ cni_type: 'OCI_VCN_IP_NATIVE' }]);
    expect(c.image_policy_config).toBeUndefined();
    expect(c.options.open_id_connect_token_authentication_config).toBeUndefined();
  });

  test('flannel overlay sets the pod CIDR', () => {
    const c = synthCluster({ cni: CniType.FLANNEL_OVERLAY });
    expect(c.cluster_pod_network_options).toEqual([{ cni_type: 'FLANNEL_OVERLAY' }]);
    expect(c.options.kubernetes_network_config.pods_cidr).toBe('10.244.0.0/16');
  });

  test('image verification policy enforces the given signing keys', () => {
    const c = synthCluster({ imageSigningKeyIds: [OCIDS.key] });
    expect(c.image_policy_config).toEqual({ is_policy_enabled: true, key_details: [{ kms_key_id: OCIDS.key }] });
  });

  test('OIDC is hardened: https issuer, prefixes on users and groups', () => {
    const c = synthCluster({ oidc: { issuerUrl: 'https://login.example.com', clientId: 'oke' } });
    const o = c.options.open_id_connect_token_authentication_config;
    expect(o.is_open_id_connect_auth_enabled).toBe(true);
    expect(o.issuer_url).toBe('https://login.example.com');
    expect(o.username_prefix).toBe('oidc:');
    expect(o.groups_prefix).toBe('oidc:');
    expect(o.signing_algorithms).toEqual(['RS256']);
  });

  test('OIDC signing algorithms come from the OidcSigningAlgorithm enum and pass through as OKE spells them', () => {
    const c = synthCluster({ oidc: { issuerUrl: 'https://login.example.com', clientId: 'oke', signingAlgorithms: [OidcSigningAlgorithm.ES256, OidcSigningAlgorithm.PS512] } });
    expect(c.options.open_id_connect_token_authentication_config.signing_algorithms).toEqual(['ES256', 'PS512']);
  });

  test('a public endpoint needs an allow-list and a reason', () => {
    const c = synthCluster({ publicEndpoint: { allowedCidrs: ['198.51.100.0/24'], reason: 'CI runners outside OCI' } });
    expect(c.endpoint_config.is_public_ip_enabled).toBe(true);
  });

  test.each([
    [{ kubernetesVersion: '1.33.1' }, 'kubernetesVersion'],
    [{ kubernetesVersion: 'v1.29.1' }, 'kubernetesVersion'],
    [{ network: undefined }, 'network'],
    [{ keys: undefined }, 'keys'],
    [{ oidc: { issuerUrl: 'http://login.example.com', clientId: 'x' } }, 'oidc.issuerUrl'],
    [{ oidc: { issuerUrl: 'https://login.example.com', clientId: '' } }, 'oidc.clientId'],
    [{ oidc: { issuerUrl: 'https://login.example.com', clientId: 'x', usernamePrefix: '-' } }, 'oidc.usernamePrefix'],
    [{ oidc: { issuerUrl: 'https://login.example.com', clientId: 'x', groupsPrefix: '' } }, 'oidc.groupsPrefix'],
    [{ oidc: { issuerUrl: 'https://login.example.com', clientId: 'x', signingAlgorithms: [] } }, 'oidc.signingAlgorithms'],
    [{ oidc: { issuerUrl: 'https://login.example.com', clientId: 'x', signingAlgorithms: [OidcSigningAlgorithm.RS256, 'HS256'] } }, 'oidc.signingAlgorithms[1]'],
    [{ publicEndpoint: { allowedCidrs: ['0.0.0.0/0'], reason: 'x' } }, 'publicEndpoint.allowedCidrs[0]'],
    [{ publicEndpoint: { allowedCidrs: [], reason: 'x' } }, 'publicEndpoint.allowedCidrs'],
    [{ publicEndpoint: { allowedCidrs: ['198.51.100.0/24'], reason: ' ' } }, 'publicEndpoint.reason'],
  ])('refuses %j naming %s', (props, property) => {
    let error: unknown;
    try { synthCluster(props as any); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});
