import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { main } from '../../lib/compliance/cli';
import { secureStacks, writeCdktfOut } from '../fixtures/compliance/secure-app';
import { TS_NODE } from '../support';

 
const reportSchema = require('../../lib/compliance/hardening-report.schema.json');
 
const sarifSchema = require('../fixtures/compliance/sarif-2.1.0-required.schema.json');

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'cdktf-hardened-oke.js');

/** Runs the real executable on ts-node (from the TypeScript sources, as `npm run audit` on a fresh clone). */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [...TS_NODE.args, BIN, ...args], { encoding: 'utf8', env: TS_NODE.env() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: new Date('2027-01-01T00:00:00Z') });
  return { code, stdout, stderr };
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'hardening-cli-'));

const INSECURE_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: bad
  namespace: app
spec:
  selector: { matchLabels: { app: bad } }
  template:
    metadata: { labels: { app: bad } }
    spec:
      containers:
        - name: bad
          image: nginx
          securityContext: { privileged: true }
---
apiVersion: v1
kind: Namespace
metadata:
  name: app
  labels:
    pod-security.kubernetes.io/enforce: restricted
`;

function failingOut(): string {
  const s = secureStacks();
  s.infra.resource.oci_core_network_security_group_security_rule.ssh_world = {
    network_security_group_id: '${oci_core_network_security_group.workers.id}', direction: 'INGRESS', protocol: '6', source: '0.0.0.0/0', source_type: 'CIDR_BLOCK',
    tcp_options: { destination_port_range: { min: 22, max: 22 } },
  };
  return writeCdktfOut(s);
}

describe('cdktf-hardened-oke audit (as a process)', () => {
  const clean = writeCdktfOut(secureStacks());
  const failing = failingOut();

  test('exit 0 on a clean output', () => {
    const r = cli('audit', clean);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 fail/);
  });

  test('exit 1 on failures, naming control, resource and fix', () => {
    const r = cli('audit', failing);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL NET-02 \[critical\] infra:oci_core_network_security_group_security_rule\.ssh_world: ingress tcp\/22 from 0\.0\.0\.0\/0/);
    expect(r.stdout).toMatch(/Fix: Replace the 0\.0\.0\.0\/0 source/);
  });

  test('--json prints a schema-valid report', () => {
    const r = cli('audit', failing, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const validate = new Ajv({ strict: false }).compile(reportSchema);
    expect(validate(json)).toBe(true);
    expect(json.passed).toBe(false);
  });

  test('--sarif prints valid SARIF 2.1.0 pointing at the stack file', () => {
    const r = cli('audit', failing, '--sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(new Ajv({ strict: false }).compile(sarifSchema)(sarif)).toBe(true);
    const net02 = sarif.runs[0].results.find((x: any) => x.ruleId === 'NET-02');
    // Relative to the current directory (where code scanning uploads from), with the line of the resource's block.
    expect(net02.locations[0].physicalLocation.artifactLocation.uri).toBe(path.relative(process.cwd(), path.join(failing, 'stacks/infra/cdk.tf.json')).split(path.sep).join('/'));
    const lines = fs.readFileSync(path.join(failing, 'stacks/infra/cdk.tf.json'), 'utf8').split('\n');
    expect(lines[net02.locations[0].physicalLocation.region.startLine - 1].trim()).toBe('"ssh_world": {');
    expect(net02.locations[0].logicalLocations[0].fullyQualifiedName).toBe('infra/oci_core_network_security_group_security_rule.ssh_world');
  });

  test('--waivers FILE turns the failures into waived findings (exit 0)', () => {
    const file = path.join(tmp(), 'waivers.json');
    fs.writeFileSync(file, JSON.stringify({ waivers: [
      { controlId: 'NET-02', scope: 'oci_core_network_security_group_security_rule.ssh_world', reason: 'migration window, SEC-7', expires: '2999-01-01' },
      { controlId: 'NET-04', scope: 'infra:oci_core_network_security_group_security_rule.ssh_*', reason: 'migration window, SEC-7' },
    ] }));
    const r = cli('audit', failing, '--waivers', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 waived/);
  });

  test.each([
    [['audit', '/nonexistent/cdktf.out'], /^cdktf-hardened-oke: \/nonexistent\/cdktf\.out: no such directory\n$/],
    [['audit', os.tmpdir() + '/'], /is not a cdktf output: manifest\.json is missing/],
  ])('exit 2 with a one-line error for %j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  test('YAML manifests are audited too, located by file', () => {
    const dir = writeCdktfOut(secureStacks(), undefined, { 'manifests/prod/90-deployment-bad.yaml': INSECURE_YAML });
    const r = cli('audit', dir, '--sarif');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout).runs[0].results.find((x: any) => x.ruleId === 'WKL-11');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(path.relative(process.cwd(), path.join(dir, 'manifests/prod/90-deployment-bad.yaml')).split(path.sep).join('/'));
    expect(result.message.text).toMatch(/k8s:Deployment\/app\/bad/);
  });
});

describe('cli main()', () => {
  test.each([
    ['unreadable stack JSON', (dir: string) => fs.writeFileSync(path.join(dir, 'stacks', 'infra', 'cdk.tf.json'), '{ nope'), /stack "infra" .* is not valid JSON/],
    ['unreadable manifest.json', (dir: string) => fs.writeFileSync(path.join(dir, 'manifest.json'), '[1,'), /cdktf manifest .* is not valid JSON/],
    ['manifest.json without stacks', (dir: string) => fs.writeFileSync(path.join(dir, 'manifest.json'), '{"version":"0.21.0"}'), /is not a cdktf manifest: it has no "stacks"/],
    ['a listed stack file missing', (dir: string) => fs.rmSync(path.join(dir, 'stacks', 'infra', 'cdk.tf.json')), /cannot read stack "infra" .*ENOENT/],
    ['invalid YAML', (dir: string) => { fs.mkdirSync(path.join(dir, 'manifests'), { recursive: true }); fs.writeFileSync(path.join(dir, 'manifests', 'x.yaml'), 'a: [1, 2\n'); }, /is not valid YAML/],
  ])('exit 2 on %s', (_name, breakIt, message) => {
    const dir = writeCdktfOut(secureStacks());
    breakIt(dir);
    const r = run('audit', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test.each([
    [[], /missing command/],
    [['scan', 'x'], /unknown command "scan"/],
    [['audit'], /audit needs the cdktf output directory/],
    [['audit', 'x', '--json', '--sarif'], /choose one of --json and --sarif/],
    [['audit', 'x', '--bogus'], /unknown option --bogus/],
    [['audit', 'x', '--waivers'], /--waivers needs a file/],
  ])('usage errors exit 2: %j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('waivers files are validated: reason is mandatory', () => {
    const dir = writeCdktfOut(secureStacks());
    const file = path.join(tmp(), 'w.json');
    fs.writeFileSync(file, JSON.stringify([{ controlId: 'NET-02', reason: '' }]));
    const r = run('audit', dir, '--waivers', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/waivers\[0\]\.reason: a waiver needs a reason/);
    expect(run('audit', dir, '--waivers', '/nonexistent.json').stderr).toMatch(/waivers file \/nonexistent\.json: no such file/);
  });

  test('an expired waiver from a file stops counting', () => {
    const dir = failingOut();
    const file = path.join(tmp(), 'w.json');
    fs.writeFileSync(file, JSON.stringify([{ controlId: 'NET-02', reason: 'r', expires: '2026-12-31' }, { controlId: 'NET-04', reason: 'r' }]));
    const r = run('audit', dir, '--waivers', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL NET-02/);
    expect(r.stdout).not.toMatch(/FAIL NET-04/);
  });

  test('--help', () => {
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/Usage: cdktf-hardened-oke audit/) });
  });
});
