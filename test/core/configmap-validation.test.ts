/**
 * ConfigMap rules of kube-apiserver (pkg/apis/core/validation ValidateConfigMap, apimachinery IsConfigMapKey), as
 * lib/core/kubernetes-api-validation applies them to every object the library writes or a user adds.
 */
import { apiValidationErrors } from '../../lib/core/kubernetes-api-validation';

const cm = (fields: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'files', namespace: 'shop' }, ...fields });
const fieldsOf = (o: unknown) => apiValidationErrors(o).map((e) => e.field);

test('file-like keys are accepted', () => {
  expect(apiValidationErrors(cm({ data: { 'hardened-oke-container-shell.yaml': 'kind: TracingPolicy\n', '.hidden': 'x', 'A_b-9': '' } }))).toEqual([]);
});

test('keys outside [-._a-zA-Z0-9], ".", ".." and "..x" (the volume\'s own entries) are refused', () => {
  for (const key of ['a/b.yaml', 'a b', '.', '..', '..data', 'ä.yaml', 'x'.repeat(254)]) {
    expect(fieldsOf(cm({ data: { [key]: 'v' } }))).toEqual([`data.${key}`]);
  }
});

test('a key in both data and binaryData is refused', () => {
  expect(fieldsOf(cm({ data: { a: 'v' }, binaryData: { a: Buffer.from('v').toString('base64') } }))).toContain('binaryData.a');
});

test('the values together may hold 1 MiB, counted in UTF-8 bytes (binaryData decoded)', () => {
  const mib = 1024 * 1024;
  expect(apiValidationErrors(cm({ data: { a: 'x'.repeat(mib) } }))).toEqual([]);
  expect(fieldsOf(cm({ data: { a: 'x'.repeat(mib + 1) } }))).toEqual(['data']);
  // 'é' is 2 bytes: under 1 MiB in characters, over it in bytes
  expect(fieldsOf(cm({ data: { a: 'é'.repeat(mib / 2 + 1) } }))).toEqual(['data']);
  expect(fieldsOf(cm({ data: { a: 'x'.repeat(mib / 2) }, binaryData: { b: Buffer.alloc(mib / 2 + 1).toString('base64') } }))).toEqual(['data']);
});
