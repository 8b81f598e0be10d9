import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../lib/compliance/model';
import { evaluate } from '../../lib/compliance/engine';
import { loadCdktfOut } from '../../lib/compliance/loader';
import { synthSummary } from '../../lib/compliance/synth-summary';
import { ROOT, synthApp, tempDir } from '../support';

function summaryOf(example: string): string[] {
   
  const app = synthApp(require(path.join(ROOT, 'examples', example, 'main')).buildExampleApp, tempDir('oke-summary-'));
  try {
    const out = loadCdktfOut(app.outdir);
    return synthSummary(evaluate(buildModel(out.stacks, [])), 'cdktf.out/hardening-report.md');
  } finally {
    app.cleanup();
  }
}

test('one line per cluster with the counts and the report path; a topic without subscriptions is a loud warning', () => {
  const lines = summaryOf('minimal');
  expect(lines[0]).toMatch(/^cdktf-hardened-oke: cluster minimal: \d+ controls passed, 0 failed, 0 waived, \d+ not applicable \(report: cdktf\.out\/hardening-report\.md\)$/);
  expect(lines.filter((l) => /^cdktf-hardened-oke: WARNING: minimal:oci_ons_notification_topic\.[^:]+: security alerts go nowhere/.test(l))).toHaveLength(1);
});

test('the hardening report states it too (JSON warnings, markdown section)', () => {
   
  const app = synthApp(require(path.join(ROOT, 'examples', 'minimal', 'main')).buildExampleApp, tempDir('oke-summary-'));
  try {
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, 'hardening-report.json'), 'utf8'));
    expect(report.warnings).toEqual([
      { stack: 'minimal', address: expect.stringMatching(/^oci_ons_notification_topic\./), message: expect.stringMatching(/^security alerts go nowhere/) },
      // The minimal example has no Cloud Guard target, so node scan findings become no Cloud Guard problem.
      { stack: 'minimal', address: expect.stringMatching(/^oci_vulnerability_scanning_host_scan_target\./), message: expect.stringMatching(/^node scan findings reach nobody from this app/) },
    ]);
    expect(fs.readFileSync(path.join(app.outdir, 'hardening-report.md'), 'utf8')).toMatch(/## Warnings\n\n- \*\*security alerts go nowhere\*\*: `minimal:oci_ons_notification_topic\./);
  } finally {
    app.cleanup();
  }
});

test('no warning when the topic has subscriptions (examples/production)', () => {
  const lines = summaryOf('production');
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.filter((l) => l.includes('WARNING'))).toEqual([]);
});
