/**
 * `npm run check:terraform` answers the node pools' image options from tools/tfcheck/stand-in-node-images.json; a
 * Kubernetes version no entry answers fails the pools' image precondition in the destroy check's apply. Every version
 * an example states must have OKE-style image names there, for x86_64 and aarch64.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support';

const answers = JSON.parse(fs.readFileSync(path.join(ROOT, 'tools', 'tfcheck', 'stand-in-node-images.json'), 'utf8'));
const examples = fs.readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory())
  .map((d) => path.join(ROOT, 'examples', d.name, 'main.ts')).filter((f) => fs.existsSync(f));
const versions = [...new Set(examples.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/kubernetesVersion: (?:env\([^,]+, )?'(v\d+\.\d+\.\d+)'/g)].map((m) => m[1])))].sort();

test('the examples state Kubernetes versions', () => {
  expect(versions.length).toBeGreaterThan(0);
});

test.each(versions)('%s has stand-in OKE images for x86_64 and aarch64', (version) => {
  const entry = answers.oci_containerengine_node_pool_option.find((a: any) => a.where.node_pool_k8s_version === version);
  expect(entry).toBeDefined();
  const names: string[] = entry.values.sources.map((s: any) => s.source_name);
  const bare = version.slice(1);
  expect(names).toEqual(expect.arrayContaining([
    expect.stringMatching(new RegExp(`^Oracle-Linux-8\\.\\d+-\\d{4}\\.\\d{2}\\.\\d{2}-\\d+-OKE-${bare.replace(/\./g, '\\.')}-\\d+$`)),
    expect.stringMatching(new RegExp(`^Oracle-Linux-8\\.\\d+-aarch64-\\d{4}\\.\\d{2}\\.\\d{2}-\\d+-OKE-${bare.replace(/\./g, '\\.')}-\\d+$`)),
  ]));
});
