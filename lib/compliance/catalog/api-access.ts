import { coversInternet } from '../../core/cidr';
import { BASTION_SESSION_TTL } from '../../core/limits';
import { block, dig, isTrue, num, refsIn, resourcesOf } from '../model';
import { isPrivateSubnet } from './network';
import { Control, Finding, NSA, na, verdict } from './types';

const CLUSTER = 'oci_containerengine_cluster';

export const API_ACCESS_CONTROLS: Control[] = [
  {
    id: 'API-01', group: 'api-access', severity: 'critical',
    title: 'The Kubernetes API endpoint has no public IP',
    references: { cisOke: '5.4.1, 5.4.2', nsaCisa: `${NSA.NET} › Control plane hardening` },
    fix: 'Set endpoint_config.is_public_ip_enabled = false and reach the API through the OCI Bastion service. A public endpoint with an explicit CIDR allow-list is recorded as a waiver of this control.',
    check: (m) => resourcesOf(m, CLUSTER).map((c) => {
      const ep = block(c.body.endpoint_config);
      if (!ep) return verdict(c, false, 'no endpoint_config: OKE creates a public endpoint by default for some cluster types; declare a private endpoint subnet');
      return verdict(c, !isTrue(ep.is_public_ip_enabled), 'endpoint_config.is_public_ip_enabled = true');
    }),
  },
  {
    id: 'API-02', group: 'api-access', severity: 'high',
    title: 'The API endpoint lives in a private subnet',
    references: { cisOke: '5.4.2', nsaCisa: `${NSA.NET} › Control plane hardening` },
    fix: 'Place endpoint_config.subnet_id in a subnet with prohibit_public_ip_on_vnic = true.',
    check: (m) => {
      const subnets = resourcesOf(m, 'oci_core_subnet');
      return resourcesOf(m, CLUSTER).map((c): Finding => {
        const subnetRef = refsIn(dig(c.body, 'endpoint_config', 'subnet_id'))[0];
        const subnet = subnets.find((s) => s.address === subnetRef);
        if (!subnet) return na(c, 'endpoint subnet is not defined in this output (brought by id)');
        return verdict(c, isPrivateSubnet(subnet), `endpoint subnet ${subnet.address} allows public IPs`);
      });
    },
  },
  {
    id: 'API-03', group: 'api-access', severity: 'critical',
    title: 'Bastion client allow-list is set and never covers the internet (0.0.0.0/0, or any block shorter than /8)',
    references: { nsaCisa: `${NSA.NET} › Control plane hardening` },
    fix: 'Set client_cidr_block_allow_list to the CIDR blocks your administrators connect from.',
    check: (m) => resourcesOf(m, 'oci_bastion_bastion').map((b) => {
      const list: unknown[] = Array.isArray(b.body.client_cidr_block_allow_list) ? b.body.client_cidr_block_allow_list : [];
      if (list.length === 0) return verdict(b, false, 'client_cidr_block_allow_list is empty');
      const open = list.filter((c) => typeof c === 'string' && coversInternet(c));
      return verdict(b, open.length === 0, `client_cidr_block_allow_list contains ${open.join(', ')}`);
    }),
  },
  {
    id: 'API-04', group: 'api-access', severity: 'medium',
    title: 'Bastion sessions last at most 3 hours',
    references: { nsaCisa: `${NSA.AUTH} › Authentication` },
    fix: `Set max_session_ttl_in_seconds to at most ${BASTION_SESSION_TTL.maxSeconds} (the library defaults to ${BASTION_SESSION_TTL.defaultSeconds}).`,
    check: (m) => resourcesOf(m, 'oci_bastion_bastion').map((b) => {
      const ttl = num(b.body.max_session_ttl_in_seconds);
      return verdict(b, ttl !== undefined && ttl <= BASTION_SESSION_TTL.maxSeconds, ttl === undefined ? 'max_session_ttl_in_seconds is not set' : `max_session_ttl_in_seconds = ${ttl} (> ${BASTION_SESSION_TTL.maxSeconds})`);
    }),
  },
  {
    id: 'API-05', group: 'api-access', severity: 'high',
    title: 'The Kubernetes dashboard add-on is off',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control`, checkov: ['CKV_K8S_33'], kubescape: ['C-0014'] },
    fix: 'Set options.add_ons.is_kubernetes_dashboard_enabled = false.',
    check: (m) => resourcesOf(m, CLUSTER).map((c) =>
      verdict(c, !isTrue(dig(c.body, 'options', 'add_ons', 'is_kubernetes_dashboard_enabled')), 'options.add_ons.is_kubernetes_dashboard_enabled = true')),
  },
  {
    id: 'API-06', group: 'api-access', severity: 'high',
    title: 'The Tiller (Helm 2) add-on is off',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: 'Set options.add_ons.is_tiller_enabled = false.',
    check: (m) => resourcesOf(m, CLUSTER).map((c) =>
      verdict(c, !isTrue(dig(c.body, 'options', 'add_ons', 'is_tiller_enabled')), 'options.add_ons.is_tiller_enabled = true')),
  },
  {
    id: 'API-07', group: 'api-access', severity: 'high',
    title: 'OIDC token authentication, when on, uses an https issuer and username/groups prefixes',
    references: { nsaCisa: `${NSA.AUTH} › Authentication` },
    fix: 'Use an https:// issuer_url and set non-empty username_prefix and groups_prefix so external identities cannot impersonate system: users or groups.',
    check: (m) => resourcesOf(m, CLUSTER).map((c): Finding => {
      const oidc = block(dig(c.body, 'options', 'open_id_connect_token_authentication_config'));
      if (!oidc || !isTrue(oidc.is_open_id_connect_auth_enabled)) return na(c, 'OIDC token authentication is off');
      const problems: string[] = [];
      if (typeof oidc.issuer_url !== 'string' || !oidc.issuer_url.startsWith('https://')) problems.push('issuer_url is not https');
      if (!oidc.username_prefix) problems.push('username_prefix is empty');
      if (!oidc.groups_prefix) problems.push('groups_prefix is empty');
      return verdict(c, problems.length === 0, problems.join('; '));
    }),
  },
  {
    id: 'API-08', group: 'api-access', severity: 'medium',
    title: 'The cluster is an enhanced cluster (image verification, workload identity, add-on management)',
    references: { nsaCisa: `${NSA.UPG}` },
    fix: 'Set type = "ENHANCED_CLUSTER".',
    check: (m) => resourcesOf(m, CLUSTER).map((c) => verdict(c, c.body.type === 'ENHANCED_CLUSTER', `type is ${c.body.type ?? 'unset (BASIC_CLUSTER)'}`)),
  },
];
