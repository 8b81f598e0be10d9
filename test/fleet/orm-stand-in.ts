/**
 * A local stand-in of the OCI Resource Manager API (20180917) on 127.0.0.1 for the fleet command's tests: the
 * operations the command uses, request signatures checked (OCI HTTP signature: keyId, rsa-sha256, signed headers
 * date (or x-date), (request-target), host, and for POST/PUT x-content-sha256, content-length, content-type, verified with the
 * test's public key), one job at a time per stack (ORM locks the state), and failures on request (a job FAILED,
 * 429 throttling, a job that does not finish).
 * Paths: http://127.0.0.1:<port>/<region>/20180917/... (the command's --endpoint http://127.0.0.1:<port>/{region}).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { AddressInfo } from 'net';

export interface StandInJob {
  id: string;
  stackId: string;
  stackName: string;
  region: string;
  operation: string;
  details: any;
  created: number;
  durationMs: number;
  fail: boolean;
  hang: boolean;
  configVersion: number;
}

export interface StandInStack {
  id: string;
  region: string;
  compartmentId: string;
  displayName: string;
  terraformVersion: string;
  variables: Record<string, string>;
  zip: Buffer;
  configVersion: number;
  freeformTags: Record<string, string>;
  deleted: boolean;
  driftStatus: string;
}

export interface StandInEvent {
  readonly at: number;
  readonly op: string;
  readonly stack?: string;
  readonly job?: string;
  readonly detail?: string;
}

/** Keys and an OCI config file for the SDK's ConfigFileAuthenticationDetailsProvider. */
export interface StandInCredentials {
  readonly dir: string;
  readonly configFile: string;
  readonly publicKey: crypto.KeyObject;
  readonly keyId: string;
}

export function makeCredentials(): StandInCredentials {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orm-stand-in-'));
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = path.join(dir, 'key.pem');
  fs.writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, { mode: 0o600 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const fingerprint = crypto.createHash('md5').update(der).digest('hex').match(/../g)!.join(':');
  const tenancy = 'ocid1.tenancy.oc1..aaaaaaaastandintenancy';
  const user = 'ocid1.user.oc1..aaaaaaaastandinuser';
  const configFile = path.join(dir, 'config');
  fs.writeFileSync(configFile, `[DEFAULT]\nuser=${user}\nfingerprint=${fingerprint}\ntenancy=${tenancy}\nregion=eu-frankfurt-1\nkey_file=${keyFile}\n`);
  return { dir, configFile, publicKey, keyId: `${tenancy}/${user}/${fingerprint}` };
}

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELED']);

export class OrmStandIn {
  public readonly stacks = new Map<string, StandInStack>();
  public readonly jobs = new Map<string, StandInJob>();
  public readonly events: StandInEvent[] = [];
  /** Requests refused for a bad or missing signature. */
  public readonly signatureFailures: string[] = [];
  /** Every signed header list seen, by method. */
  public readonly signedHeaders: { method: string; headers: string[] }[] = [];
  /** Answer the next N requests with 429. */
  public throttleNext = 0;
  public throttled = 0;
  /** Jobs `<stackName>:<OPERATION>` that fail (each entry once). */
  public failJobs: string[] = [];
  /** Jobs `<stackName>:<OPERATION>` that never finish while listed. */
  public hangJobs = new Set<string>();
  public jobDurationMs = 150;
  /** Operations (`CreateStack`, `CreateJob`) whose next answer is lost: the request is carried out, the connection dropped. */
  public loseAnswerOf = new Set<string>();
  public lostAnswers = 0;
  private server?: http.Server;
  private seq = 0;
  private readonly retryTokens = new Map<string, string>();
  private readonly workRequests = new Map<string, number>();

  constructor(private readonly credentials: StandInCredentials) {}

  public get endpoint(): string {
    const port = (this.server!.address() as AddressInfo).port;
    return `http://127.0.0.1:${port}/{region}`;
  }

  public async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, Buffer.concat(chunks), res);
        } catch (err) {
          this.send(res, 500, { code: 'InternalError', message: String(err) });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  public async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** State of a job now: ACCEPTED, IN_PROGRESS until its duration has passed, then SUCCEEDED or FAILED. */
  public state(job: StandInJob, now = Date.now()): string {
    if (job.hang && this.hangJobs.has(`${job.stackName}:${job.operation}`)) return 'IN_PROGRESS';
    const age = now - job.created;
    if (age < 20) return 'ACCEPTED';
    if (age < job.durationMs) return 'IN_PROGRESS';
    return job.fail ? 'FAILED' : 'SUCCEEDED';
  }

  /** [start, end] of every finished job, for the concurrency assertions. */
  public intervals(): { job: StandInJob; start: number; end: number }[] {
    return [...this.jobs.values()].map((job) => ({ job, start: job.created, end: job.created + job.durationMs }));
  }

  /** The most jobs running at one time. */
  public maxConcurrentJobs(): number {
    const points = this.intervals().flatMap((i) => [{ t: i.start, d: 1 }, { t: i.end, d: -1 }]).sort((a, b) => a.t - b.t || a.d - b.d);
    let now = 0;
    let max = 0;
    for (const p of points) max = Math.max(max, (now += p.d));
    return max;
  }

  private verify(req: http.IncomingMessage, body: Buffer): string | undefined {
    const auth = req.headers.authorization;
    if (!auth || !auth.startsWith('Signature ')) return 'no Signature authorization header';
    const params: Record<string, string> = {};
    for (const m of auth.slice('Signature '.length).matchAll(/(\w+)="([^"]*)"/g)) params[m[1]] = m[2];
    if (params.keyId !== this.credentials.keyId) return `keyId ${params.keyId} is not the test key`;
    if (params.algorithm !== 'rsa-sha256') return `algorithm ${params.algorithm}`;
    // Header names are case-insensitive; the SDK lists e.g. Content-Type.
    const headers = (params.headers ?? '').split(' ').map((h) => h.toLowerCase());
    this.signedHeaders.push({ method: req.method!, headers });
    // OCI "Request Signatures": the date may be signed as x-date (the SDK's choice) instead of date.
    const required = [headers.includes('x-date') ? 'x-date' : 'date', '(request-target)', 'host'];
    if (req.method === 'POST' || req.method === 'PUT') required.push('x-content-sha256', 'content-length', 'content-type');
    const missing = required.filter((h) => !headers.includes(h));
    if (missing.length) return `signed headers lack ${missing.join(', ')}`;
    if (headers.includes('x-content-sha256')) {
      const digest = crypto.createHash('sha256').update(body).digest('base64');
      if (req.headers['x-content-sha256'] !== digest) return 'x-content-sha256 does not match the body';
    }
    const signing = headers.map((h) => (h === '(request-target)' ? `(request-target): ${req.method!.toLowerCase()} ${req.url}` : `${h}: ${req.headers[h]}`)).join('\n');
    const ok = crypto.verify('sha256', Buffer.from(signing), this.credentials.publicKey, Buffer.from(params.signature ?? '', 'base64'));
    return ok ? undefined : 'signature does not verify';
  }

  private send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'opc-request-id': `req-${++this.seq}`, ...headers });
    res.end(text);
  }

  private stackJson(s: StandInStack): any {
    return {
      id: s.id, compartmentId: s.compartmentId, displayName: s.displayName, lifecycleState: s.deleted ? 'DELETED' : 'ACTIVE',
      terraformVersion: s.terraformVersion, variables: s.variables, freeformTags: s.freeformTags, stackDriftStatus: s.driftStatus,
      configSource: { configSourceType: 'ZIP_UPLOAD' }, timeCreated: new Date().toISOString(),
    };
  }

  private jobJson(j: StandInJob): any {
    const state = this.state(j);
    return {
      id: j.id, stackId: j.stackId, operation: j.operation, displayName: `${j.stackName}-${j.operation.toLowerCase()}`, lifecycleState: state,
      jobOperationDetails: j.details, timeCreated: new Date(j.created).toISOString(),
      ...(state === 'FAILED' ? { failureDetails: { code: 'TERRAFORM_EXECUTION_ERROR', message: 'stand-in failure' } } : {}),
    };
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url!, 'http://127.0.0.1');
    const m = url.pathname.match(/^\/([a-z0-9-]+)\/20180917(\/.*)$/);
    if (!m) return this.send(res, 404, { code: 'NotAuthorizedOrNotFound', message: url.pathname });
    const [, region, route] = m;
    const bad = this.verify(req, body);
    if (bad) {
      this.signatureFailures.push(`${req.method} ${route}: ${bad}`);
      return this.send(res, 401, { code: 'NotAuthenticated', message: bad });
    }
    if (this.throttleNext > 0) {
      this.throttleNext--;
      this.throttled++;
      this.events.push({ at: Date.now(), op: 'THROTTLED', detail: `${req.method} ${route}` });
      return this.send(res, 429, { code: 'TooManyRequests', message: 'stand-in throttling' });
    }
    const json = body.length ? JSON.parse(body.toString('utf8')) : undefined;
    const token = req.headers['opc-retry-token'] as string | undefined;
    const method = req.method!;
    let mm: RegExpMatchArray | null;

    if (method === 'POST' && route === '/stacks') {
      if (token && this.retryTokens.has(token)) return this.send(res, 200, this.stackJson(this.stacks.get(this.retryTokens.get(token)!)!));
      if (json.configSource?.configSourceType !== 'ZIP_UPLOAD' || !json.configSource.zipFileBase64Encoded) return this.send(res, 400, { code: 'InvalidParameter', message: 'zip config source expected' });
      const id = `ocid1.ormstack.oc1.${region}.stack${++this.seq}`;
      const s: StandInStack = {
        id, region, compartmentId: json.compartmentId, displayName: json.displayName, terraformVersion: json.terraformVersion,
        variables: json.variables ?? {}, zip: Buffer.from(json.configSource.zipFileBase64Encoded, 'base64'), configVersion: 1,
        freeformTags: json.freeformTags ?? {}, deleted: false, driftStatus: 'NOT_CHECKED',
      };
      this.stacks.set(id, s);
      if (token) this.retryTokens.set(token, id);
      this.events.push({ at: Date.now(), op: 'CreateStack', stack: s.displayName });
      if (this.loseAnswer('CreateStack', res)) return;
      return this.send(res, 200, this.stackJson(s), { etag: `e${s.configVersion}` });
    }
    if ((mm = route.match(/^\/stacks\/([^/]+)$/))) {
      const s = this.stacks.get(mm[1]);
      if (!s || s.deleted || s.region !== region) return this.send(res, 404, { code: 'NotAuthorizedOrNotFound', message: 'no such stack' });
      if (method === 'GET') return this.send(res, 200, this.stackJson(s));
      if (method === 'PUT') {
        if (this.busy(s)) return this.send(res, 409, { code: 'Conflict', message: 'a job is running on the stack' });
        if (json.configSource?.zipFileBase64Encoded) s.zip = Buffer.from(json.configSource.zipFileBase64Encoded, 'base64');
        if (json.variables) s.variables = json.variables;
        if (json.terraformVersion) s.terraformVersion = json.terraformVersion;
        s.configVersion++;
        this.events.push({ at: Date.now(), op: 'UpdateStack', stack: s.displayName });
        return this.send(res, 200, this.stackJson(s));
      }
      if (method === 'DELETE') {
        s.deleted = true;
        this.events.push({ at: Date.now(), op: 'DeleteStack', stack: s.displayName });
        return this.send(res, 204);
      }
    }
    if (method === 'POST' && route === '/jobs') {
      if (token && this.retryTokens.has(token)) return this.send(res, 200, this.jobJson(this.jobs.get(this.retryTokens.get(token)!)!));
      const s = this.stacks.get(json.stackId);
      if (!s || s.deleted) return this.send(res, 404, { code: 'NotAuthorizedOrNotFound', message: 'no such stack' });
      if (this.busy(s)) return this.send(res, 409, { code: 'Conflict', message: 'the stack state is locked by a running job' });
      const details = json.jobOperationDetails ?? {};
      const operation = details.operation;
      if (operation === 'APPLY' && details.executionPlanStrategy === 'FROM_PLAN_JOB_ID') {
        const plan = this.jobs.get(details.executionPlanJobId);
        if (!plan || plan.stackId !== s.id || plan.operation !== 'PLAN' || this.state(plan) !== 'SUCCEEDED' || plan.configVersion !== s.configVersion) {
          return this.send(res, 400, { code: 'InvalidParameter', message: 'executionPlanJobId is not a succeeded plan of the current configuration' });
        }
      }
      const key = `${s.displayName}:${operation}`;
      const failIndex = this.failJobs.indexOf(key);
      if (failIndex >= 0) this.failJobs.splice(failIndex, 1);
      const job: StandInJob = {
        id: `ocid1.ormjob.oc1.${region}.job${++this.seq}`, stackId: s.id, stackName: s.displayName, region, operation, details,
        created: Date.now(), durationMs: this.jobDurationMs, fail: failIndex >= 0, hang: this.hangJobs.has(key), configVersion: s.configVersion,
      };
      this.jobs.set(job.id, job);
      if (token) this.retryTokens.set(token, job.id);
      this.events.push({ at: Date.now(), op: `Job:${operation}`, stack: s.displayName, job: job.id });
      if (this.loseAnswer('CreateJob', res)) return;
      return this.send(res, 200, this.jobJson(job));
    }
    if ((mm = route.match(/^\/jobs\/([^/]+)(\/logs|\/outputs)?$/)) && method === 'GET') {
      const j = this.jobs.get(mm[1]);
      if (!j) return this.send(res, 404, { code: 'NotAuthorizedOrNotFound', message: 'no such job' });
      if (!mm[2]) {
        // A job that stopped hanging finishes from now on.
        if (j.hang && !this.hangJobs.has(`${j.stackName}:${j.operation}`)) {
          j.hang = false;
          j.durationMs = Date.now() - j.created + 50;
        }
        return this.send(res, 200, this.jobJson(j));
      }
      if (mm[2] === '/logs') {
        const entries = [
          { type: 'TERRAFORM_CONSOLE', level: 'INFO', timestamp: new Date().toISOString(), message: `Terraform v1.5.7 ${j.operation.toLowerCase()}` },
          ...(j.fail ? [{ type: 'TERRAFORM_CONSOLE', level: 'ERROR', timestamp: new Date().toISOString(), message: 'Error: stand-in failure of the job' }] : []),
        ];
        if (url.searchParams.get('sortOrder') === 'DESC') entries.reverse();
        return this.send(res, 200, entries.slice(0, Number(url.searchParams.get('limit') ?? entries.length)));
      }
      return this.send(res, 200, { items: [
        { outputName: 'cluster_id', outputType: 'string', outputValue: `ocid1.cluster.oc1.${j.region}.${j.stackName}`, isSensitive: false },
        { outputName: 'secret', outputType: 'string', outputValue: 'hidden', isSensitive: true },
      ] });
    }
    if ((mm = route.match(/^\/stacks\/([^/]+)\/actions\/(detectDrift|listResourceDriftDetails)$/)) && method === 'POST') {
      const s = this.stacks.get(mm[1]);
      if (!s) return this.send(res, 404, { code: 'NotAuthorizedOrNotFound', message: 'no such stack' });
      if (mm[2] === 'detectDrift') {
        const id = `ocid1.ormworkrequest.oc1.${region}.wr${++this.seq}`;
        this.workRequests.set(id, Date.now());
        s.driftStatus = s.displayName.endsWith('-k8s') ? 'IN_SYNC' : 'DRIFTED';
        this.events.push({ at: Date.now(), op: 'DetectDrift', stack: s.displayName });
        return this.send(res, 202, undefined, { 'opc-work-request-id': id });
      }
      const items = s.driftStatus === 'DRIFTED'
        ? [{ resourceType: 'oci_core_network_security_group_security_rule', resourceName: 'planted', resourceDriftStatus: 'MODIFIED', stackId: s.id },
          { resourceType: 'oci_core_vcn', resourceName: 'vcn', resourceDriftStatus: 'IN_SYNC', stackId: s.id }]
        : [{ resourceType: 'kubernetes_manifest', resourceName: 'ns', resourceDriftStatus: 'IN_SYNC', stackId: s.id }];
      return this.send(res, 200, { items });
    }
    if ((mm = route.match(/^\/workRequests\/([^/]+)$/)) && method === 'GET') {
      const started = this.workRequests.get(mm[1]);
      if (started === undefined) return this.send(res, 404, { code: 'NotAuthorizedOrNotFound', message: 'no such work request' });
      return this.send(res, 200, { id: mm[1], operationType: 'DETECT_DRIFT', status: Date.now() - started > 50 ? 'SUCCEEDED' : 'IN_PROGRESS', compartmentId: 'x', percentComplete: 100, timeAccepted: new Date(started).toISOString() });
    }
    return this.send(res, 404, { code: 'NotAuthorizedOrNotFound', message: `${method} ${route} is not implemented by the stand-in` });
  }

  private loseAnswer(op: string, res: http.ServerResponse): boolean {
    if (!this.loseAnswerOf.delete(op)) return false;
    this.lostAnswers++;
    res.socket?.destroy();
    return true;
  }

  private busy(s: StandInStack): boolean {
    return [...this.jobs.values()].some((j) => j.stackId === s.id && !TERMINAL.has(this.state(j)));
  }
}
