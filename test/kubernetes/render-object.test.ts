import { ApiObject, App, Chart, Yaml } from 'cdk8s';
import { renderObject } from '../../lib/kubernetes/private/api-object';
import { yamlDocument } from '../../lib/kubernetes/private/yaml-document';
import { baseline } from './fixtures';

/** What cdk8s's ApiObject renders for the same input (the form the baseline wrote before it stopped loading cdk8s). */
function viaCdk8s(obj: any): any {
  const chart = new Chart(new App(), 'c');
  return new ApiObject(chart, 'o', obj).toJson();
}

describe('renderObject: the normal form cdk8s ApiObject renders, without cdk8s', () => {
  test.each([
    ['unsorted keys, nested maps, empty metadata maps', {
      kind: 'StorageClass', apiVersion: 'storage.k8s.io/v1', volumeBindingMode: 'Immediate', provisioner: 'p',
      metadata: { name: 'x', labels: {}, annotations: { b: '2', a: '1' } }, parameters: { z: '1', a: '2' }, allowVolumeExpansion: true,
    }],
    ['undefined fields dropped, empty spec objects and arrays kept outside metadata', {
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { namespace: 'a', name: 'n', annotations: undefined },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [], egress: undefined },
    }],
  ])('%s', (_, input) => {
    const ours = renderObject(input as any);
    // Byte-identical including key order, which is what the YAML files and kubernetes_manifest bodies depend on.
    expect(JSON.stringify(ours)).toBe(JSON.stringify(viaCdk8s(input)));
  });

  test('every object of a full baseline renders as cdk8s would render it', () => {
    const objects = baseline({ podSecurityExemptions: [{ name: 'logging', reason: 'reads host logs on each node' }] }).manifests();
    expect(objects.length).toBeGreaterThan(10);
    for (const o of objects) expect(JSON.stringify(o)).toBe(JSON.stringify(viaCdk8s(o)));
  });

  test('YAML documents are formatted as cdk8s Yaml.stringify formats them', () => {
    for (const o of baseline().manifests()) expect(yamlDocument(o)).toBe(Yaml.stringify(o));
    expect(yamlDocument({ on: 'yes', n: '010', s: 'a: b' })).toBe(Yaml.stringify({ on: 'yes', n: '010', s: 'a: b' }));
  });

  test('YAML 1.1: strings a Kubernetes (go-yaml) reader would take for booleans or octal numbers are quoted', () => {
    expect(yamlDocument({ on: 'yes', n: '010', s: 'a: b', empty: {}, list: [] })).toBe('"on": "yes"\n"n": "010"\ns: "a: b"\nempty: {}\nlist: []\n');
  });
});
