import { HardeningTesting } from '../../lib/testing';
import { synthApp, tempDir, ROOT } from '../support';
import * as path from 'path';

 
const { buildExampleApp } = require(path.join(ROOT, 'examples', 'hardened-cluster', 'main'));

describe('HardeningTesting.snapshotApp', () => {
  const app = synthApp(buildExampleApp, tempDir('oke-snapshot-'));
  afterAll(() => app.cleanup());
  const text = HardeningTesting.snapshotApp(app.outdir);

  test('covers both stacks, resolves cross-stack references, strips hashes, and stays reviewable', () => {
    expect(text.split('\n').filter((l) => l.startsWith('stack '))).toEqual(['stack prod', 'stack prod-prod-k8s']);
    expect(text).toContain('  uses prod:oci_containerengine_cluster.prod_cluster.id\n');
    expect(text).toContain('  output cluster_id\n');
    expect(text).not.toMatch(/_[0-9A-F]{8}\b/);
    expect(text).not.toMatch(/cross-stack-output-/);
    expect(text.split('\n').length).toBeLessThan(400);
  });

  test('is identical for a second synth into another folder', () => {
    const again = synthApp(buildExampleApp, tempDir('oke-snapshot-'));
    try {
      expect(HardeningTesting.snapshotApp(again.outdir)).toBe(text);
    } finally {
      again.cleanup();
    }
  });

  test('with bodies: every stack in full, references resolved', () => {
    const full = JSON.parse(HardeningTesting.snapshotApp(app.outdir, { includeBodies: true }));
    expect(Object.keys(full)).toEqual(['prod', 'prod-prod-k8s']);
    const k8s = JSON.stringify(full['prod-prod-k8s']);
    expect(k8s).toContain('cross-stack(prod:oci_containerengine_cluster.prod_cluster.endpoints[0].private_endpoint)');
    expect(k8s).not.toContain('cross-stack-output-');
  });
});
