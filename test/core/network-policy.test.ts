import { allowAllRuleReason, INSTANCE_METADATA_CIDR, isAllowAllRule, isEmptyLabelSelector } from '../../lib/core/network-policy';
import { buildModel } from '../../lib/compliance/model';
import { controlById } from '../../lib/compliance/catalog/catalog';
import { isAllowAllRule as constructPredicate, IMDS_CIDR } from '../../lib/kubernetes/private/flows';

/** NP-04's verdict on one NetworkPolicy holding `rule` in `direction`, as the catalog judges a manifest. */
function catalogAllowsAll(rule: object, direction: 'ingress' | 'egress'): boolean {
  const policy = {
    apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'p', namespace: 'app' },
    spec: { podSelector: {}, policyTypes: [direction === 'ingress' ? 'Ingress' : 'Egress'], [direction]: [rule] },
  };
  const findings = controlById('NP-04')!.check(buildModel([], [{ file: 'p.yaml', objects: [policy] }]));
  expect(findings).toHaveLength(1);
  return findings[0].status === 'fail';
}

// Cases on which the construct guard and the catalog disagreed before they shared one predicate.
const CASES: Array<[string, object, 'ingress' | 'egress', boolean]> = [
  ['no peers', {}, 'ingress', true],
  ['an empty peer list', { to: [] }, 'egress', true],
  ['ipBlock 0.0.0.0/0 without except', { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }, 'egress', true],
  ['ipBlock ::/0 without except', { to: [{ ipBlock: { cidr: '::/0' } }] }, 'egress', true],
  ['ipBlock 0::/0 without except', { to: [{ ipBlock: { cidr: '0::/0' } }] }, 'egress', true],
  ['ipBlock ::/0 with except', { to: [{ ipBlock: { cidr: '::/0', except: ['fd00::/8'] } }] }, 'egress', false],
  ['ipBlock 0.0.0.0/0 with except', { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }, 'egress', false],
  ['a narrow ipBlock', { to: [{ ipBlock: { cidr: '10.1.0.0/16' } }] }, 'egress', false],
  ['namespaceSelector {}', { from: [{ namespaceSelector: {} }] }, 'ingress', true],
  ['namespaceSelector with empty matchExpressions', { from: [{ namespaceSelector: { matchExpressions: [] } }] }, 'ingress', true],
  ['namespaceSelector with empty matchLabels and podSelector with empty matchExpressions',
    { from: [{ namespaceSelector: { matchLabels: {} }, podSelector: { matchExpressions: [] } }] }, 'ingress', true],
  ['namespaceSelector with a matchExpression', { from: [{ namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'Exists' }] } }] }, 'ingress', false],
  ['empty namespaceSelector narrowed by pod labels', { from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'web' } } }] }, 'ingress', false],
  ['podSelector {} alone (same namespace only)', { from: [{ podSelector: {} }] }, 'ingress', false],
];

describe('the one allow-all NetworkPolicy predicate', () => {
  test.each(CASES)('%s', (_name, rule, direction, allowsAll) => {
    expect(isAllowAllRule(rule, direction)).toBe(allowsAll);
    expect(allowAllRuleReason(rule, direction) !== undefined).toBe(allowsAll);
  });

  test.each(CASES)('the construct guard and the catalog (NP-04) agree: %s', (_name, rule, direction, allowsAll) => {
    expect(constructPredicate(rule, direction)).toBe(allowsAll);
    expect(catalogAllowsAll(rule, direction)).toBe(allowsAll);
  });

  test('empty label selectors: absent, null, {}, empty matchLabels or matchExpressions; anything with a term is not empty', () => {
    for (const s of [undefined, null, {}, { matchLabels: {} }, { matchExpressions: [] }, { matchLabels: {}, matchExpressions: [] }]) expect(isEmptyLabelSelector(s)).toBe(true);
    for (const s of [{ matchLabels: { a: 'b' } }, { matchExpressions: [{ key: 'a', operator: 'Exists' }] }]) expect(isEmptyLabelSelector(s)).toBe(false);
  });

  test('the baseline and the catalog use the one instance-metadata block', () => {
    expect(IMDS_CIDR).toBe(INSTANCE_METADATA_CIDR);
    expect(controlById('NP-05')!.fix).toContain(INSTANCE_METADATA_CIDR);
  });
});
