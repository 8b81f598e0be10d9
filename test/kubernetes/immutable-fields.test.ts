/**
 * Fields the API server refuses to update (kubernetes pkg/apis/<group>/validation, ValidateXxxUpdate): a change to
 * one replaces the kubernetes_manifest (replace_triggered_by a terraform_data of those values) instead of failing the
 * apply. Covers the library's own objects (the encrypted StorageClass's kms-key-id, RBAC bindings) and users' objects.
 */
import { Testing } from 'cdktf';
import { immutableFieldsOf } from '../../lib/core/kubernetes-immutable-fields';
import { buildCluster } from '../support';

function k8sOf(build: ReturnType<typeof buildCluster>) {
  return JSON.parse(Testing.synth(build.cluster.configStack));
}
const manifests = (k8s: any) => Object.entries<any>(k8s.resource.kubernetes_manifest);

test('every object with an immutable field is replaced when that field changes, by a terraform_data of exactly those fields', () => {
  const k8s = k8sOf(buildCluster());
  const guarded = manifests(k8s).filter(([, r]) => Object.keys(immutableFieldsOf(r.manifest)).length > 0);
  expect(guarded.map(([, r]) => r.manifest.kind)).toEqual(expect.arrayContaining(['StorageClass', 'ClusterRoleBinding']));
  for (const [name, r] of guarded) {
    expect(r.lifecycle?.replace_triggered_by).toEqual([`terraform_data.${name}-immutable-fields`]);
    expect(k8s.resource.terraform_data[`${name}-immutable-fields`].triggers_replace).toEqual(immutableFieldsOf(r.manifest));
  }
  // Objects without immutable fields get no trigger.
  for (const [, r] of manifests(k8s).filter(([, x]) => Object.keys(immutableFieldsOf(x.manifest)).length === 0)) {
    expect(r.lifecycle?.replace_triggered_by).toBeUndefined();
  }
});

test('the encrypted StorageClass: a new volumes key replaces the class (parameters are immutable)', () => {
  const k8s = k8sOf(buildCluster());
  const [name, sc] = manifests(k8s).find(([, r]) => r.manifest.kind === 'StorageClass' && r.manifest.metadata.name === 'oci-bv-encrypted')!;
  const trigger = k8s.resource.terraform_data[`${name}-immutable-fields`].triggers_replace;
  expect(trigger.parameters['kms-key-id']).toBe(sc.manifest.parameters['kms-key-id']);
  expect(trigger.provisioner).toBe('blockvolume.csi.oraclecloud.com');
});

test('the table: a Deployment\'s selector is guarded, its template is not; a ConfigMap only when immutable', () => {
  const deployment = {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'shop' },
    spec: { selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [] } } },
  };
  expect(immutableFieldsOf(deployment)).toEqual({ 'spec.selector': { matchLabels: { app: 'api' } } });
  expect(immutableFieldsOf({ kind: 'ConfigMap', data: { a: '1' } })).toEqual({});
  expect(immutableFieldsOf({ kind: 'ConfigMap', immutable: true, data: { a: '1' } })).toEqual({ immutable: true, data: { a: '1' } });
  // Stated false: still carried, so turning an immutable ConfigMap mutable replaces it instead of failing.
  expect(immutableFieldsOf({ kind: 'ConfigMap', immutable: false, data: { a: '1' } })).toEqual({ immutable: false, data: { a: '1' } });
  expect(immutableFieldsOf({ kind: 'Secret', type: 'Opaque', data: { a: 'MQ==' } })).toEqual({ type: 'Opaque' });
  // Jobs: parallelism may change (ValidateJobSpecUpdate), the template may not.
  expect(Object.keys(immutableFieldsOf({ kind: 'Job', spec: { parallelism: 2, template: {} } }))).toEqual(['spec.template']);
  // Claims are never replaced: that would delete the volume (reclaimPolicy Delete).
  expect(immutableFieldsOf({ kind: 'PersistentVolumeClaim', spec: { storageClassName: 'oci-bv-encrypted', accessModes: ['ReadWriteOnce'] } })).toEqual({});
});
