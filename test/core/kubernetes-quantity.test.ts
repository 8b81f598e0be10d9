/**
 * Canonical quantities (apimachinery pkg/api/resource/quantity.go): what the API server stores, which
 * kubernetes_manifest compares with what it sent. A non-canonical value in any object is a named error at synth.
 */
import * as fc from 'fast-check';
import { apiValidationErrors, quantityValue } from '../../lib/core/kubernetes-api-validation';
import { canonicalizeQuantities, canonicalQuantity } from '../../lib/core/kubernetes-quantity';

test.each([
  ['4000m', '4'], ['8192Mi', '8Gi'], ['8.0', '8'], ['0.5', '500m'], ['1024Mi', '1Gi'], ['1536Mi', '1536Mi'], ['0.5Gi', '512Mi'],
  ['0.5Ki', '512'], ['1.5Ki', '1536'], ['1Ki', '1Ki'], ['1500k', '1500k'], ['1000k', '1M'], ['0.1', '100m'], ['1.5', '1500m'],
  ['0.1n', '1n'], ['1000e0', '1e3'], ['12e1', '120'], ['-4000m', '-4'], ['0Mi', '0'], ['5E', '5E'], ['1000E', '1000E'],
  ['500m', '500m'], ['512Mi', '512Mi'], ['4Gi', '4Gi'], ['2', '2'], ['1024', '1024'],
])('%s is stored as %s', (input, canonical) => {
  expect(canonicalQuantity(input)).toBe(canonical);
});

test('not a quantity: undefined', () => {
  for (const v of ['', 'abc', '1.2.3', 'Mi', '4 Gi', '1KiB']) expect(canonicalQuantity(v)).toBeUndefined();
});

test('the canonical form is a fixed point, and keeps the value', () => {
  const suffixes = ['', 'm', 'k', 'M', 'G', 'Ki', 'Mi', 'Gi'];
  fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...suffixes), (n, decimals, suffix) => {
    const text = decimals === 0 ? `${n}${suffix}` : `${(n / 10 ** decimals).toFixed(decimals)}${suffix}`;
    const canonical = canonicalQuantity(text)!;
    expect(canonicalQuantity(canonical)).toBe(canonical);
    const [a, b] = [quantityValue(text)!, quantityValue(canonical)!];
    expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.abs(a) * 1e-12 + 1e-9);
  }));
});

test('the validator names a non-canonical quantity in containers, quotas and limit ranges', () => {
  const deployment = {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'shop' },
    spec: {
      selector: { matchLabels: { app: 'api' } },
      template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'x', resources: { requests: { cpu: '1000m', memory: '128Mi' }, limits: { memory: '1024Mi' } } }] } },
    },
  };
  const messages = apiValidationErrors(deployment).map((x) => `${x.field}: ${x.message}`);
  expect(messages).toEqual(expect.arrayContaining([
    'spec.template.spec.containers[0].resources.requests.cpu: "1000m" is stored as "1": write "1"',
    'spec.template.spec.containers[0].resources.limits.memory: "1024Mi" is stored as "1Gi": write "1Gi"',
  ]));
  expect(messages.filter((m) => /memory: "128Mi"/.test(m))).toEqual([]);
  const quota = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'shop' }, spec: { hard: { 'limits.cpu': '8.0', pods: '20' } } };
  expect(apiValidationErrors(quota).map((x) => x.field)).toEqual(['spec.hard.limits.cpu']);
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'shop' }, spec: { volumes: [{ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '1.5Gi' } }], containers: [{ name: 'a', image: 'x' }] } };
  expect(apiValidationErrors(pod).map((x) => `${x.field}: ${x.message}`)).toContain('spec.volumes[0].emptyDir.sizeLimit: "1.5Gi" is stored as "1536Mi": write "1536Mi"');
  expect(canonicalizeQuantities(pod).spec.volumes[0].emptyDir).toEqual({ medium: 'Memory', sizeLimit: '1536Mi' });
  const limits = { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l', namespace: 'shop' }, spec: { limits: [{ type: 'Container', default: { cpu: '0.5' } }] } };
  expect(apiValidationErrors(limits).map((x) => x.field)).toEqual(['spec.limits[0].default.cpu']);
});
