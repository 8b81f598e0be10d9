/**
 * The fleet command against a loopback stand-in of the Resource Manager API, with the real oci-resourcemanager client
 * signing its requests: dependency order, concurrency cap, idempotent re-run, resume after a failure, a timeout and a
 * killed process, destroy order, drift; nothing applied twice, nothing lost from the record.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildExampleApp } from '../../examples/fleet/main';
import { fleetMain } from '../../lib/fleet/cli';
import { FleetRecordData } from '../../lib/fleet/record';
import { ROOT, TS_NODE } from '../support';
import { tempDir } from '../support/files';
import { makeCredentials, OrmStandIn, StandInCredentials } from './orm-stand-in';

const STACKS = ['shop-eu-1', 'shop-eu-1-cluster-k8s', 'shop-eu-2', 'shop-eu-2-cluster-k8s', 'shop-us-1', 'shop-us-1-cluster-k8s'];
let outdir: string;
let credentials: StandInCredentials;

beforeAll(() => {
  outdir = tempDir('fleet-app-');
  process.env.CDKTF_HARDENED_OKE_QUIET = '1';
  buildExampleApp(outdir).synth();
  credentials = makeCredentials();
});
afterAll(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.rmSync(credentials.dir, { recursive: true, force: true });
});

interface Run { code: number; stdout: string; stderr: string }

class Fixture {
  public readonly api = new OrmStandIn(credentials);
  public readonly dir = tempDir('fleet-run-');
  public readonly record = path.join(this.dir, 'fleet.record.json');

  public args(command: string, ...extra: string[]): string[] {
    return [command, outdir, '--out', path.join(this.dir, 'zips'), '--record', this.record, '--config-file', credentials.configFile,
      '--endpoint', this.api.endpoint, '--poll-seconds', '0.02', '--retry-max-delay-seconds', '1', ...extra];
  }

  public async run(command: string, ...extra: string[]): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await fleetMain(this.args(command, ...extra), { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
    return { code, stdout, stderr };
  }

  public readRecord(): FleetRecordData {
    return JSON.parse(fs.readFileSync(this.record, 'utf8'));
  }

  public jobs(stack: string, operation?: string) {
    return [...this.api.jobs.values()].filter((j) => j.stackName === stack && (!operation || j.operation === operation));
  }

  public succeeded(stack: string, operation: string) {
    return this.jobs(stack, operation).filter((j) => this.api.state(j) === 'SUCCEEDED');
  }

  public async cleanup(): Promise<void> {
    await this.api.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

async function fixture(): Promise<Fixture> {
  const f = new Fixture();
  await f.api.start();
  return f;
}

/** Every stack applied exactly once, and recorded with its OCID and the job. */
function expectAppliedOnce(f: Fixture): void {
  const record = f.readRecord();
  for (const name of STACKS) {
    expect(f.succeeded(name, 'APPLY')).toHaveLength(1);
    expect(record.stacks[name].stackId).toBe(f.jobs(name)[0].stackId);
    expect(record.stacks[name].jobs.APPLY).toMatchObject({ id: f.succeeded(name, 'APPLY')[0].id, state: 'SUCCEEDED' });
  }
  const creates = f.api.events.filter((e) => e.op === 'CreateStack');
  expect(creates.map((e) => e.stack).sort()).toEqual(STACKS);
}

test('apply --auto-approve: signed requests, infrastructure before kubernetes, at most --concurrency clusters at once, outputs collected', async () => {
  const f = await fixture();
  try {
    const r = await f.run('apply', '--auto-approve', '--concurrency', '2');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(f.api.signatureFailures).toEqual([]);
    for (const { method, headers } of f.api.signedHeaders) {
      expect(headers).toEqual(expect.arrayContaining(['(request-target)', 'host']));
      expect(headers.includes('date') || headers.includes('x-date')).toBe(true);
      if (method === 'POST' || method === 'PUT') expect(headers).toEqual(expect.arrayContaining(['x-content-sha256', 'content-length', 'content-type']));
    }
    expect(f.api.signedHeaders.some((h) => h.method === 'POST')).toBe(true);
    expectAppliedOnce(f);
    for (const cluster of ['shop-eu-1', 'shop-eu-2', 'shop-us-1']) {
      const infra = f.succeeded(cluster, 'APPLY')[0];
      const k8s = f.jobs(`${cluster}-cluster-k8s`, 'APPLY')[0];
      expect(k8s.created).toBeGreaterThanOrEqual(infra.created + infra.durationMs);
      // The kubernetes stack gets the infrastructure stack's OCID as its variable, in the cluster's region.
      const stack = f.api.stacks.get(k8s.stackId)!;
      expect(stack.variables).toEqual({ [`${cluster.replace(/-/g, '_')}_stack_id`]: infra.stackId });
      expect(stack.region).toBe(cluster.startsWith('shop-us') ? 'us-ashburn-1' : 'eu-frankfurt-1');
      expect(stack.terraformVersion).toBe('1.5.x');
    }
    expect(f.api.maxConcurrentJobs()).toBe(2);
    const record = f.readRecord();
    expect(record.stacks['shop-eu-1'].outputs).toEqual({ cluster_id: 'ocid1.cluster.oc1.eu-frankfurt-1.shop-eu-1' });
    expect(r.stdout).toMatch(/shop-eu-1: APPLY job \S+ SUCCEEDED/);
  } finally {
    await f.cleanup();
  }
});

test('a re-run updates nothing and applies nothing twice; a changed configuration updates the stack in place', async () => {
  const f = await fixture();
  try {
    expect((await f.run('apply', '--auto-approve', '--concurrency', '3')).code).toBe(0);
    const before = f.api.events.length;
    const again = await f.run('apply', '--auto-approve', '--concurrency', '3');
    expect(again.code).toBe(0);
    expect(f.api.events.slice(before)).toEqual([]);
    expect(again.stdout).toMatch(/shop-us-1-cluster-k8s: applied \S+, up to date/);
    expectAppliedOnce(f);

    // A new configuration (here: the recorded hash differs) is uploaded to the same stack, then applied once more.
    const record = f.readRecord();
    record.stacks['shop-eu-2'].uploadedHash = 'old';
    record.stacks['shop-eu-2'].jobs.APPLY = { ...record.stacks['shop-eu-2'].jobs.APPLY!, configHash: 'old' };
    fs.writeFileSync(f.record, JSON.stringify(record));
    expect((await f.run('apply', '--auto-approve')).code).toBe(0);
    const changed = f.api.events.slice(before).map((e) => `${e.op} ${e.stack}`);
    expect(changed).toEqual(['UpdateStack shop-eu-2', 'Job:APPLY shop-eu-2']);
  } finally {
    await f.cleanup();
  }
});

test('apply without --auto-approve applies the reviewed plan job (FROM_PLAN_JOB_ID) and refuses a stack without one', async () => {
  const f = await fixture();
  try {
    const plan = await f.run('plan');
    expect(plan.code).toBe(0);
    // The kubernetes stacks read the infrastructure's state and API: they can be planned once it is applied.
    expect(plan.stdout).toMatch(/shop-eu-1-cluster-k8s: waiting for shop-eu-1 to be applied/);
    expect(f.jobs('shop-eu-1-cluster-k8s')).toEqual([]);
    const first = await f.run('apply');
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/shop-eu-1-cluster-k8s: no reviewed plan of this configuration; run `fleet plan`/);
    for (const cluster of ['shop-eu-1', 'shop-eu-2', 'shop-us-1']) {
      const [apply] = f.jobs(cluster, 'APPLY');
      expect(apply.details).toEqual({ operation: 'APPLY', executionPlanStrategy: 'FROM_PLAN_JOB_ID', executionPlanJobId: f.jobs(cluster, 'PLAN')[0].id });
      expect(f.jobs(`${cluster}-cluster-k8s`, 'APPLY')).toEqual([]);
    }
    expect((await f.run('plan')).code).toBe(0);
    expect((await f.run('apply')).code).toBe(0);
    expectAppliedOnce(f);
    expect(f.jobs('shop-eu-1', 'PLAN')).toHaveLength(1);
  } finally {
    await f.cleanup();
  }
});

test('a FAILED job stops its cluster only, prints the job log, and a re-run resumes without applying anything twice', async () => {
  const f = await fixture();
  try {
    f.api.failJobs = ['shop-eu-2:APPLY'];
    const r = await f.run('apply', '--auto-approve', '--concurrency', '3');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/shop-eu-2: APPLY job \S+ FAILED; last lines of its log:\n {2}Terraform v1.5.7 apply\n {2}Error: stand-in failure of the job/);
    expect(f.jobs('shop-eu-2-cluster-k8s')).toEqual([]);
    expect(f.succeeded('shop-us-1-cluster-k8s', 'APPLY')).toHaveLength(1);
    expect(f.readRecord().stacks['shop-eu-2'].lastJob).toMatchObject({ operation: 'APPLY', state: 'FAILED' });
    expect((await f.run('apply', '--auto-approve')).code).toBe(0);
    expectAppliedOnce(f);
    expect(f.jobs('shop-eu-2', 'APPLY')).toHaveLength(2);
    expect(f.jobs('shop-us-1', 'APPLY')).toHaveLength(1);
  } finally {
    await f.cleanup();
  }
});

test('429 throttling is retried by the SDK', async () => {
  const f = await fixture();
  try {
    f.api.throttleNext = 3;
    const r = await f.run('apply', '--auto-approve', '--concurrency', '1');
    expect(r.code).toBe(0);
    expect(f.api.throttled).toBe(3);
    expectAppliedOnce(f);
  } finally {
    await f.cleanup();
  }
});

test('a job that outlives --job-timeout-seconds stops the command; the re-run watches the same job instead of starting another', async () => {
  const f = await fixture();
  try {
    f.api.hangJobs.add('shop-us-1:APPLY');
    const r = await f.run('apply', '--auto-approve', '--concurrency', '3', '--job-timeout-seconds', '0.5');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/shop-us-1: APPLY job \S+ is still IN_PROGRESS after 1 s; run the command again/);
    const [hung] = f.jobs('shop-us-1', 'APPLY');
    expect(f.readRecord().stacks['shop-us-1'].jobs.APPLY).toMatchObject({ id: hung.id, state: 'IN_PROGRESS' });
    f.api.hangJobs.clear();
    const again = await f.run('apply', '--auto-approve');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`shop-us-1: resuming APPLY job ${hung.id}`);
    expect(f.jobs('shop-us-1', 'APPLY')).toHaveLength(1);
    expectAppliedOnce(f);
  } finally {
    await f.cleanup();
  }
});

test('a process killed mid-rollout resumes from the record: no stack created twice, nothing applied twice', async () => {
  const f = await fixture();
  try {
    f.api.jobDurationMs = 400;
    const child = spawn(process.execPath, [...TS_NODE.args, path.join(ROOT, 'bin', 'cdktf-hardened-oke.js'), 'fleet', ...f.args('apply', '--auto-approve', '--concurrency', '3')], {
      env: TS_NODE.env(), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    // Kill it once the record shows a running job (the record is written after every change of state).
    const running = () => fs.existsSync(f.record) && Object.values(f.readRecord().stacks).some((st) => st.jobs.APPLY?.id && st.jobs.APPLY.state !== 'SUCCEEDED');
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (running()) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => { clearInterval(timer); reject(new Error(`the child exited before it could be killed: ${out}`)); });
    });
    await new Promise((r) => child.on('close', r));
    const midway = f.readRecord();
    expect(Object.values(midway.stacks).some((s) => s.jobs.APPLY?.id && s.jobs.APPLY.state !== 'SUCCEEDED')).toBe(true);
    f.api.jobDurationMs = 150;
    const r = await f.run('apply', '--auto-approve', '--concurrency', '3');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/resuming APPLY job/);
    expectAppliedOnce(f);
    for (const name of STACKS) expect(f.jobs(name, 'APPLY')).toHaveLength(1);
  } finally {
    await f.cleanup();
  }
});

test('a lost CreateStack or CreateJob answer is retried with the same opc-retry-token: no duplicate stack or job', async () => {
  const f = await fixture();
  try {
    f.api.loseAnswerOf = new Set(['CreateStack', 'CreateJob']);
    const r = await f.run('apply', '--auto-approve', '--concurrency', '1');
    expect(r.code).toBe(0);
    expect(f.api.lostAnswers).toBe(2);
    expect(f.api.stacks.size).toBe(6);
    expectAppliedOnce(f);
    for (const name of STACKS) expect(f.jobs(name, 'APPLY')).toHaveLength(1);
  } finally {
    await f.cleanup();
  }
});

test('destroy runs in reverse order (kubernetes first), needs --auto-approve, and is not repeated', async () => {
  const f = await fixture();
  try {
    expect((await f.run('apply', '--auto-approve', '--concurrency', '3')).code).toBe(0);
    const refused = await f.run('destroy');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/pass --auto-approve/);
    expect((await f.run('destroy', '--auto-approve', '--concurrency', '3')).code).toBe(0);
    for (const cluster of ['shop-eu-1', 'shop-eu-2', 'shop-us-1']) {
      const [k8s] = f.succeeded(`${cluster}-cluster-k8s`, 'DESTROY');
      const [infra] = f.succeeded(cluster, 'DESTROY');
      expect(infra.created).toBeGreaterThanOrEqual(k8s.created + k8s.durationMs);
      expect(infra.details).toEqual({ operation: 'DESTROY', executionPlanStrategy: 'AUTO_APPROVED' });
    }
    const before = f.api.jobs.size;
    expect((await f.run('destroy', '--auto-approve')).code).toBe(0);
    expect(f.api.jobs.size).toBe(before);
    expect(f.readRecord().stacks['shop-eu-1'].lastJob).toMatchObject({ operation: 'DESTROY', state: 'SUCCEEDED' });
  } finally {
    await f.cleanup();
  }
});

test('drift: ORM drift detection on every applied stack, reported per resource', async () => {
  const f = await fixture();
  try {
    expect((await f.run('apply', '--auto-approve', '--concurrency', '3')).code).toBe(0);
    const r = await f.run('drift');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('shop-eu-1: drift DRIFTED');
    expect(r.stdout).toContain('shop-eu-1: oci_core_network_security_group_security_rule.planted MODIFIED');
    expect(r.stdout).toContain('shop-eu-1-cluster-k8s: drift IN_SYNC');
    expect(r.stdout).not.toContain('oci_core_vcn.vcn');
    expect(f.api.events.filter((e) => e.op === 'DetectDrift')).toHaveLength(6);
  } finally {
    await f.cleanup();
  }
});

test('requests without a valid signature are refused by the stand-in', async () => {
  const f = await fixture();
  try {
    const other = makeCredentials();
    const r = await fleetMain(f.args('apply', '--auto-approve').map((a) => (a === credentials.configFile ? other.configFile : a)), { stdout: () => undefined, stderr: () => undefined });
    expect(r).toBe(1);
    expect(f.api.signatureFailures.length).toBeGreaterThan(0);
    expect(f.api.stacks.size).toBe(0);
    fs.rmSync(other.dir, { recursive: true, force: true });
  } finally {
    await f.cleanup();
  }
});
