import { ESCALATING_VERBS, FORBIDDEN_SUBJECTS } from '../../core/rbac-subjects';
import { ComplianceModel, isExpression, K8sObject, objectsOf, resourcesOf } from '../model';
import { identityHomeRegionFindings } from './home-region';
import { Control, fail, Finding, na, NSA, verdict } from './types';
import {
  ADMINISTRATORS_TAG_KEY, ADMINISTRATORS_TAG_VALUE, CLUSTER_ADMIN_EQUIVALENT_TYPES, parsePolicyStatement, PolicyParseError,
  PolicyStatement, validatePolicyStatement,
} from '../../core/iam-policy';

function statements(body: any): string[] {
  return Array.isArray(body?.statements) ? body.statements.map((s: unknown) => String(s)) : [];
}

function policyCheck(m: ComplianceModel, bad: (s: string) => boolean, what: string): Finding[] {
  return resourcesOf(m, 'oci_identity_policy').map((p) => {
    const offending = statements(p.body).filter((s) => bad(s.toLowerCase().replace(/\s+/g, ' ')));
    return verdict(p, offending.length === 0, `${what}: ${offending.map((s) => JSON.stringify(s)).join(', ')}`);
  });
}

function policyName(p: { body: any }): string {
  return JSON.stringify(String(p.body?.name ?? '(unnamed)'));
}

/** IAM-12: every statement parses and uses only documented verbs, resource types, variables and principal types. */
function statementProblems(m: ComplianceModel): Finding[] {
  return resourcesOf(m, 'oci_identity_policy').map((p) => {
    const attachedTo = typeof p.body?.compartment_id === 'string' ? p.body.compartment_id : undefined;
    const problems = statements(p.body).flatMap((s) => validatePolicyStatement(s, attachedTo).map((x) =>
      `policy ${policyName(p)} statement ${JSON.stringify(s)}: ${x.problem}. Fix: ${x.fix}`));
    return verdict(p, problems.length === 0, problems.join('; '));
  });
}

function parsed(s: string): PolicyStatement | undefined {
  try {
    return parsePolicyStatement(s);
  } catch (err) {
    if (err instanceof PolicyParseError) return undefined; // IAM-12 reports it
    throw err;
  }
}

/** Group ids and names the administrator policies (tagged iam-role: cluster-administrators) name, lower case. */
function declaredAdministrators(m: ComplianceModel): Set<string> {
  const out = new Set<string>();
  for (const p of resourcesOf(m, 'oci_identity_policy')) {
    if (p.body?.freeform_tags?.[ADMINISTRATORS_TAG_KEY] !== ADMINISTRATORS_TAG_VALUE) continue;
    for (const s of statements(p.body)) {
      const st = parsed(s);
      if (st?.kind === 'allow' && st.subject.kind === 'group') st.subject.names.forEach((n) => out.add(n.toLowerCase()));
    }
  }
  return out;
}

/** IAM-13: `manage` on clusters / cluster-family / all-resources only to declared administrator groups. */
function clusterAdminGrants(m: ComplianceModel): Finding[] {
  const admins = declaredAdministrators(m);
  return resourcesOf(m, 'oci_identity_policy').map((p) => {
    const bad: string[] = [];
    for (const s of statements(p.body)) {
      const st = parsed(s);
      if (st?.kind !== 'allow' || st.verb !== 'manage' || !CLUSTER_ADMIN_EQUIVALENT_TYPES.includes(st.resourceType)) continue;
      if (st.subject.kind === 'any-group') bad.push(`${JSON.stringify(s)} (any-group)`);
      if (st.subject.kind === 'group') {
        const others = st.subject.names.filter((n) => !admins.has(n.toLowerCase()));
        if (others.length > 0) bad.push(`${JSON.stringify(s)} (${others.join(', ')} not declared administrators)`);
      }
    }
    return verdict(p, bad.length === 0, `policy ${policyName(p)} makes groups cluster-admin through IAM: ${bad.join('; ')}`);
  });
}

const SECRET_KEYS_OCI = ['private_key', 'private_key_password', 'token_exchange_client_secret'];
const SECRET_KEYS_K8S = ['token', 'password', 'client_key', 'private_key'];

function literalSecrets(value: any, keys: readonly string[], prefix = ''): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...literalSecrets(v, keys, `${prefix}[${i}]`)));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '//') continue;
      if (keys.includes(k) && typeof v === 'string' && v.length > 0 && !isExpression(v)) out.push(prefix + k);
      else if (typeof v === 'object') out.push(...literalSecrets(v, keys, `${prefix}${k}.`));
    }
  }
  return out;
}

export interface PolicyRule {
  readonly apiGroups?: string[];
  readonly resources?: string[];
  readonly verbs?: string[];
}

export function rulesOf(o: K8sObject): PolicyRule[] {
  return Array.isArray(o.object.rules) ? o.object.rules : [];
}

const READ_VERBS = ['get', 'list', 'watch', '*'];

function grantsSecretRead(rules: PolicyRule[]): boolean {
  return rules.some((r) => (r.resources ?? []).some((x) => x === 'secrets' || x === '*') &&
    (r.verbs ?? []).some((v) => READ_VERBS.includes(v)) && (r.apiGroups ?? ['']).some((g) => g === '' || g === '*'));
}

function bindings(m: ComplianceModel): K8sObject[] {
  return objectsOf(m, 'RoleBinding', 'ClusterRoleBinding');
}


/**
 * IAM-15: a cluster's worker dynamic group matches by compartment (the rule Oracle documents for OKE nodes), so two
 * clusters in one compartment put each other's nodes in their groups: each cluster's node grants and log agent
 * configuration then reach the other cluster's nodes too. Judged over the whole App (a fleet included): two dynamic
 * groups with the same literal matching rule match the same instances.
 * @see https://docs.oracle.com/iaas/Content/Identity/dynamicgroups/Writing_Matching_Rules_to_Define_Dynamic_Groups.htm
 */
function sharedMatchingRules(m: ComplianceModel): Finding[] {
  const groups = resourcesOf(m, 'oci_identity_dynamic_group');
  const normalized = (g: { body: any }) => String(g.body?.matching_rule ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return groups.map((g) => {
    const rule = normalized(g);
    if (rule === '' || isExpression(String(g.body?.matching_rule))) return na(g, 'matching_rule is computed at apply time, so it cannot be compared at synth');
    const others = groups.filter((o) => o !== g && normalized(o) === rule).map((o) => `${o.stack}:${o.address}`);
    return verdict(g, others.length === 0, `matching_rule ${JSON.stringify(g.body.matching_rule)} is also the rule of ${others.join(', ')}, so both groups match the same instances and each cluster's node grants reach the other's nodes`);
  });
}

export const IDENTITY_CONTROLS: Control[] = [
  {
    id: 'IAM-01', group: 'identity', severity: 'critical',
    title: 'No IAM policy grants "manage all-resources"',
    references: { cisOke: '5.1.2', nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: 'Grant only the resource families and verbs the principal needs (e.g. "use keys", "manage cluster-family") in the cluster compartment.',
    check: (m) => policyCheck(m, (s) => /\bmanage\s+all-resources\b/.test(s), 'grants manage all-resources'),
  },
  {
    id: 'IAM-02', group: 'identity', severity: 'high',
    title: 'No IAM policy grants use/manage across the whole tenancy',
    references: { cisOke: '5.1.2', nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: 'Scope statements to the cluster compartment ("in compartment id <ocid>") instead of "in tenancy".',
    check: (m) => policyCheck(m, (s) => /\b(use|manage)\b/.test(s) && /\bin tenancy\b/.test(s), 'use/manage in tenancy'),
  },
  {
    id: 'IAM-03', group: 'identity', severity: 'high',
    title: '"any-user" statements are conditioned on the principal or the target',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: "Add a where clause, e.g. where request.principal.type = 'cluster' and target.key.id = '<key ocid>'.",
    check: (m) => policyCheck(m, (s) => /\ballow any-user\b/.test(s) && !/\bwhere\b/.test(s), 'any-user without a where condition'),
  },
  {
    id: 'IAM-04', group: 'identity', severity: 'high',
    title: 'Dynamic groups match only resources of a compartment or a cluster',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: "Constrain matching_rule with instance.compartment.id / resource.compartment.id = '<compartment ocid>' (or the cluster id).",
    check: (m) => resourcesOf(m, 'oci_identity_dynamic_group').map((g) => {
      const rule = String(g.body.matching_rule ?? '').toLowerCase();
      return verdict(g, /(compartment\.id|resource\.id|instance\.id|cluster\.id|tag\.)/.test(rule), `matching_rule ${JSON.stringify(g.body.matching_rule)} is not scoped to a compartment or cluster`);
    }),
  },
  {
    id: 'IAM-05', group: 'identity', severity: 'critical',
    title: 'No credentials in provider blocks',
    references: { nsaCisa: `${NSA.NET} › Secrets` },
    fix: 'Authenticate the oci provider with instance/resource principals, security tokens or ~/.oci/config (config_file_profile); the kubernetes provider with exec (oci ce cluster generate-token). Never put keys or tokens in the code.',
    check: (m) => m.providers.map((p) => {
      const problems: string[] = [];
      if (p.type === 'oci') {
        problems.push(...literalSecrets(p.body, SECRET_KEYS_OCI));
        if (p.body?.user_ocid && p.body?.fingerprint) problems.push('user_ocid + fingerprint (API signing key auth)');
      } else {
        problems.push(...literalSecrets(p.body, SECRET_KEYS_K8S));
      }
      return verdict(p, problems.length === 0, `credentials in the provider block: ${problems.join(', ')}`);
    }),
  },
  {
    id: 'IAM-06', group: 'identity', severity: 'high',
    title: 'No wildcard verbs, resources or API groups in Roles and ClusterRoles',
    references: { cisOke: '4.1.3', nsaCisa: `${NSA.AUTH} › Role-based access control`, checkov: ['CKV_K8S_49'] },
    fix: 'List the exact apiGroups, resources and verbs the role needs.',
    check: (m) => objectsOf(m, 'Role', 'ClusterRole').map((o) => {
      const bad = rulesOf(o).filter((r) => [...(r.verbs ?? []), ...(r.resources ?? []), ...(r.apiGroups ?? [])].includes('*'));
      return verdict(o, bad.length === 0, `${bad.length} rule(s) use "*"`);
    }),
  },
  {
    id: 'IAM-07', group: 'identity', severity: 'critical',
    title: 'Only the designated cluster administrators binding refers to cluster-admin',
    references: { cisOke: '4.1.1', nsaCisa: `${NSA.AUTH} › Role-based access control`, kubescape: ['C-0035'] },
    fix: 'Keep a single ClusterRoleBinding to cluster-admin for the administrators group; give namespace admins the admin or edit role in their namespace.',
    check: (m) => {
      const admin = bindings(m).filter((b) => b.object.roleRef?.name === 'cluster-admin');
      // Each stack of kubernetes_manifest objects, or each folder of manifests, is one cluster's API.
      const apiOf = (b: K8sObject) => b.stack ?? b.source.replace(/[\\/][^\\/]*$/, '');
      return admin.map((b) => {
        const sameApi = admin.filter((x) => apiOf(x) === apiOf(b));
        if (sameApi.length > 1) return fail(b, `${sameApi.length} bindings refer to cluster-admin (${sameApi.map((x) => x.id).join(', ')})`);
        const nonGroup = (b.object.subjects ?? []).filter((s: any) => s.kind !== 'Group');
        return verdict(b, b.kind === 'ClusterRoleBinding' && nonGroup.length === 0, 'the cluster-admin binding must be a ClusterRoleBinding to groups only');
      });
    },
  },
  {
    id: 'IAM-08', group: 'identity', severity: 'critical',
    title: 'No binding names system:anonymous, system:unauthenticated or system:authenticated',
    references: { nsaCisa: `${NSA.AUTH} › Authentication`, kubescape: ['C-0262'] },
    fix: 'Bind roles to specific groups (OCI IAM group OCIDs), never to the anonymous or all-authenticated subjects.',
    check: (m) => bindings(m).map((b) => {
      const bad = (b.object.subjects ?? []).map((s: any) => String(s.name)).filter((n: string) => FORBIDDEN_SUBJECTS.includes(n));
      return verdict(b, bad.length === 0, `binds ${bad.join(', ')}`);
    }),
  },
  {
    id: 'IAM-09', group: 'identity', severity: 'high',
    title: 'Read-only viewer roles cannot read Secrets',
    references: { cisOke: '4.1.2', nsaCisa: `${NSA.AUTH} › Role-based access control`, kubescape: ['C-0015'] },
    fix: 'Remove secrets from the viewer role rules (the built-in view role already excludes them).',
    check: (m) => {
      const out: Finding[] = [];
      for (const o of objectsOf(m, 'Role', 'ClusterRole')) {
        if (!/(view|read)/i.test(o.name)) continue;
        out.push(verdict(o, !grantsSecretRead(rulesOf(o)), 'viewer role can get/list/watch secrets'));
      }
      for (const b of bindings(m)) {
        if (!/(view|read)/i.test(b.name)) continue;
        const ref = String(b.object.roleRef?.name ?? '');
        out.push(verdict(b, !['admin', 'edit', 'cluster-admin'].includes(ref), `viewer binding refers to ${ref}, which reads secrets`));
      }
      return out;
    },
  },
  {
    id: 'IAM-10', group: 'identity', severity: 'high',
    title: 'No role grants bind, escalate or impersonate',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control`, checkov: ['CKV_K8S_157', 'CKV_K8S_158'], kubescape: ['C-0065'] },
    fix: 'Remove the bind, escalate and impersonate verbs; only cluster administrators need them and they have cluster-admin.',
    check: (m) => objectsOf(m, 'Role', 'ClusterRole').map((o) => {
      const verbs = rulesOf(o).flatMap((r) => r.verbs ?? []).filter((v) => ESCALATING_VERBS.includes(v));
      return verdict(o, verbs.length === 0, `grants ${[...new Set(verbs)].join(', ')}`);
    }),
  },
  {
    id: 'IAM-11', group: 'identity', severity: 'medium',
    title: 'Default service accounts do not automount API tokens',
    references: { cisOke: '4.1.6', nsaCisa: `${NSA.POD} › Protecting Pod service account tokens`, checkov: ['CKV_K8S_41'], kubescape: ['C-0034'] },
    fix: 'Set automountServiceAccountToken: false on the default ServiceAccount of each namespace.',
    check: (m) => objectsOf(m, 'ServiceAccount').filter((o) => o.name === 'default').map((o) =>
      verdict(o, o.object.automountServiceAccountToken === false, 'automountServiceAccountToken is not false')),
  },
  {
    id: 'IAM-12', group: 'identity', severity: 'high',
    title: 'IAM policy statements use only documented verbs, resource types, condition variables and principal types',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: 'Correct the statement as the finding says; the verbs, resource types and per-type condition variables are in lib/core/iam-policy/reference.ts with the Oracle page each comes from. A condition on a variable the resource type lacks never matches, so the grant silently does nothing.',
    check: statementProblems,
  },
  {
    id: 'IAM-13', group: 'identity', severity: 'critical',
    title: 'Only the declared administrator groups get "manage" on clusters, cluster-family or all-resources',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: 'Kubernetes Engine authorizes with IAM before RBAC, so these grants make a group cluster-admin. Grant other groups "use clusters" (conditioned on target.cluster.id) and give them RBAC roles, or list the group in adminGroupIds (the administrator policy is tagged iam-role: cluster-administrators; groups match by the OCID or name exactly as the statements write them).',
    check: clusterAdminGrants,
  },
  {
    id: 'IAM-14', group: 'identity', severity: 'high',
    title: 'IAM resources are written through a provider of the tenancy\'s home region',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: 'Create policies and dynamic groups with `provider` set to an oci provider of the home region (e.g. new OciProvider(stack, \'oci-home\', { alias: \'home\', region: <home region> }), or a HardenedCluster\'s identityProvider); set HardenedCluster homeRegion to the tenancy\'s home region.',
    check: identityHomeRegionFindings,
  },
  {
    id: 'IAM-15', group: 'identity', severity: 'high',
    title: 'Each dynamic group matches instances no other dynamic group of the app matches (one cluster per compartment)',
    references: { nsaCisa: `${NSA.AUTH} › Role-based access control` },
    fix: 'Give each cluster its own compartment: the worker dynamic group matches instance.compartment.id, the rule Oracle documents for OKE nodes, and narrowing it further needs a defined-tag namespace. If the clusters must share a compartment, waive IAM-15 with the reason (their nodes then share grants and log agent configurations).',
    check: sharedMatchingRules,
  },
];

