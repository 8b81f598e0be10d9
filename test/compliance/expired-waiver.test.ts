import { appInputs } from '../../lib/compliance/app-model';
import { evaluate } from '../../lib/compliance/engine';
import { buildModel } from '../../lib/compliance/model';
import { synthSummary } from '../../lib/compliance/synth-summary';
import { normalizedWaivers, Waivers } from '../../lib/compliance/waivers';
import { buildCluster } from '../support';

const privileged = {
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug', namespace: 'shop' },
  spec: { containers: [{ name: 'debug', image: 'fra.ocir.io/axaxnpcrorw5/debug@sha256:' + 'a'.repeat(64), securityContext: { privileged: true } }] },
};

describe('expired waivers', () => {
  test('are printed in the synth summary (what plain `node main.js` shows; cdktf synth also shows the construct warning)', () => {
    const { stack } = buildCluster();
    Waivers.record(stack, { controlId: 'NET-04', reason: 'lab egress', expires: '2020-01-31' });
    const app = stack.node.root as any;
    const lines = synthSummary(evaluate(buildModel(appInputs(app)), normalizedWaivers(app)), 'report.md');
    expect(lines).toContainEqual(expect.stringMatching(/^cdktf-hardened-oke: WARNING: waiver NET-04 \(scope test, recorded by test\) expired on 2020-01-31 and no longer counts/));
  });

  test('an active waiver is not printed as expired', () => {
    const { stack } = buildCluster();
    Waivers.record(stack, { controlId: 'NET-04', reason: 'lab egress', expires: '2999-01-31' });
    const app = stack.node.root as any;
    expect(synthSummary(evaluate(buildModel(appInputs(app)), normalizedWaivers(app)), 'report.md').join('\n')).not.toMatch(/expired/);
  });

  test('the failure an expired waiver lets through names the waiver, and says waivers (not skipValidation) are the way', () => {
    const { stack, cluster } = buildCluster({ kubernetes: { applicationNamespaces: [{ name: 'shop' }] } });
    cluster.addManifest('debug', privileged);
    Waivers.record(stack, { controlId: 'WKL-11', reason: 'debug pod during the incident', expires: '2020-01-31', scope: '*' });
    const app = stack.node.root as any;
    let message = '';
    try {
      app.synth();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/Hardening control WKL-11 failed on .*The waiver "debug pod during the incident" \(scope \*, recorded by test\) expired on 2020-01-31 and no longer counts/);
    expect(message).toMatch(/cdktf suggests skipValidation: true below; hardening cannot be skipped: .*Waivers\.record/);
  });
});
