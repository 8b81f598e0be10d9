import { buildModel } from '../../lib/compliance/model';
import { evaluate } from '../../lib/compliance/engine';
import { versionAgeLines, versionCadenceWarnings } from '../../lib/compliance/version-age';
import { kubernetesVersionAge, OKE_SUPPORTED_MINORS, OKE_VERSIONS_READ_ON } from '../../lib/core/kubernetes-version';
import * as TABLE from '../../lib/core/data/oke-kubernetes-versions.json';
import { INFRA, K8S, secureStacks } from '../fixtures/compliance/secure-app';

function model(version: string) {
  const s = secureStacks();
  s.infra.resource.oci_containerengine_cluster.cluster.kubernetes_version = version;
  return buildModel([{ name: INFRA, json: s.infra }, { name: K8S, json: s.k8s }]);
}

describe('Kubernetes version age (dated table in lib/core/data)', () => {
  test('every supported minor has a dated row, and dates are ISO days', () => {
    for (const m of OKE_SUPPORTED_MINORS) expect((TABLE as any).minors[m]).toBeDefined();
    for (const row of Object.values<any>((TABLE as any).minors)) {
      for (const v of Object.values(row)) if (v !== null) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const d of Object.values<any>((TABLE as any).endedSupport)) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('is judged as of the table\'s reading date, never the wall clock', () => {
    expect(kubernetesVersionAge('v1.34.1')).toMatchObject({ asOf: OKE_VERSIONS_READ_ON, minorsBehind: 0, supported: true, behindCadence: false, upstreamEndOfLife: '2026-10-27' });
    expect(kubernetesVersionAge('v1.33.1')).toMatchObject({ minorsBehind: 1, behindCadence: false });
    expect(kubernetesVersionAge('v1.32.1')).toMatchObject({ minorsBehind: 2, behindCadence: true, supported: true });
    expect(kubernetesVersionAge('v1.29.1')).toMatchObject({ supported: false, supportEnded: '2025-02-21', okeRelease: '2024-03-28' });
  });

  test('NODE-01 fails a deliberately old version, naming it and its end of support', () => {
    const r = evaluate(model('v1.29.1'), [], new Date('2020-01-01T00:00:00Z')).results.find((x) => x.control.id === 'NODE-01')!;
    expect(r.status).toBe('fail');
    const msg = r.findings.find((f) => f.result === 'fail')!.message!;
    expect(msg).toContain('v1.29.1');
    expect(msg).toContain('support ended 2025-02-21');
  });

  test('the oldest supported minor passes NODE-01 but warns (a quarter\'s cadence), the newer two do not', () => {
    const e = evaluate(model('v1.32.10'), [], new Date('2027-01-01T00:00:00Z'));
    expect(e.results.find((x) => x.control.id === 'NODE-01')!.status).toBe('pass');
    const w = versionCadenceWarnings(e.model);
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/v1\.32\.10 is 2 minors behind/);
    expect(versionCadenceWarnings(model('v1.33.1'))).toEqual([]);
    expect(versionCadenceWarnings(model('v1.34.2'))).toEqual([]);
  });

  test('the summary line shows the version\'s dates and how nodes follow', () => {
    const [line] = versionAgeLines(model('v1.34.1'));
    expect(line).toContain('Kubernetes v1.34.1 (minor 1.34, 0 behind the newest OKE minor as of ' + OKE_VERSIONS_READ_ON);
    expect(line).toContain('upstream end of life 2026-10-27');
    expect(line).toContain('nodes cycled with surge');
    expect(line).toContain('newest OKE image (by name: Oracle Linux version, architecture, exact Kubernetes version) unless a pool pins imageId');
  });
});
