/**
 * Plan, apply, destroy and drift of a packaged fleet through the Resource Manager API (oci-resourcemanager SDK).
 * Order: within a cluster, a stack after the stacks it reads (infrastructure before kubernetes; destroy reversed);
 * clusters in parallel up to `concurrency` (ORM's regional `concurrent-job-count` quota, "Resource Manager Quotas",
 * https://docs.oracle.com/iaas/Content/Quotas/Concepts/resourcequotas_topic-Resource_Manager_Quotas.htm). ORM locks a
 * stack's state and runs one job at a time per stack ("Resource Manager and Terraform").
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import { ResourceManagerClient, models } from 'oci-resourcemanager';
import { FleetRecord, JobOperation, StackRecord } from './record';
import { PackagedStack } from './package';

/** Terraform version of the stacks: the newest ORM runs ("Supported Terraform Versions"). */
export const ORM_TERRAFORM_VERSION = '1.5.x';
/** Freeform tag naming the fleet stack an ORM stack was created for. */
export const FLEET_STACK_TAG = 'cdktf-hardened-oke-fleet-stack';
const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELED']);

export interface RolloutOptions {
  /** Region → SDK client. */
  readonly client: (region: string) => ResourceManagerClient;
  readonly record: FleetRecord;
  readonly log: (line: string) => void;
  /** Clusters rolled out at the same time. */
  readonly concurrency: number;
  /** Apply without a reviewed plan (AUTO_APPROVED); destroy needs it. */
  readonly autoApprove: boolean;
  readonly pollMs: number;
  /** A job still running after this long stops the command; a re-run goes on watching the same job. */
  readonly jobTimeoutMs: number;
  /** Lines of the job log printed when a job fails. */
  readonly logLines?: number;
  /** With destroy: delete the ORM stacks once their resources are destroyed. */
  readonly deleteStacks?: boolean;
}

export class RolloutError extends Error {}

/** Runs `work` on each item, at most `limit` at a time; collects every failure instead of stopping at the first. */
async function bounded<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (err) {
        errors.push(err);
      }
    }
  });
  await Promise.all(runners);
  return errors;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function byCluster(stacks: PackagedStack[]): PackagedStack[][] {
  const groups = new Map<string, PackagedStack[]>();
  for (const s of stacks) groups.set(s.cluster, [...(groups.get(s.cluster) ?? []), s]);
  return [...groups.values()];
}

export class FleetRollout {
  constructor(private readonly stacks: PackagedStack[], private readonly o: RolloutOptions) {}

  /** PLAN jobs for every stack whose inputs exist (a kubernetes stack waits for its infrastructure's apply). */
  public async plan(): Promise<void> {
    await this.perCluster(async (cluster) => {
      for (const s of cluster) {
        const blocker = this.unappliedDependency(s);
        if (blocker) {
          this.o.log(`${s.name}: waiting for ${blocker} to be applied before it can be planned`);
          return;
        }
        await this.ensureStack(s);
        const rec = this.rec(s);
        const applied = rec.jobs.APPLY;
        if (applied?.state === 'SUCCEEDED' && applied.configHash === s.configHash && !this.destroyedAfterApply(rec)) {
          this.o.log(`${s.name}: applied ${applied.id}, up to date`);
          continue;
        }
        const plan = rec.jobs.PLAN;
        if (plan?.state === 'SUCCEEDED' && plan.configHash === s.configHash && rec.jobs.APPLY?.planJobId !== plan.id) {
          this.o.log(`${s.name}: plan ${plan.id} is up to date`);
          continue;
        }
        await this.runJob(s, 'PLAN', () => ({ operation: 'PLAN' } as models.CreatePlanJobOperationDetails));
      }
    });
  }

  /** APPLY jobs, each from the reviewed plan of the current configuration (or AUTO_APPROVED). */
  public async apply(): Promise<void> {
    await this.perCluster(async (cluster) => {
      for (const s of cluster) {
        const blocker = this.unappliedDependency(s);
        if (blocker) throw new RolloutError(`${s.name}: ${blocker} is not applied`);
        await this.ensureStack(s);
        const rec = this.rec(s);
        const applied = rec.jobs.APPLY;
        if (applied?.state === 'SUCCEEDED' && applied.configHash === s.configHash && !this.destroyedAfterApply(rec)) {
          this.o.log(`${s.name}: applied ${applied.id}, up to date`);
          continue;
        }
        let details: models.CreateApplyJobOperationDetails;
        if (this.o.autoApprove) {
          details = { operation: 'APPLY', executionPlanStrategy: 'AUTO_APPROVED' } as models.CreateApplyJobOperationDetails;
        } else {
          const plan = rec.jobs.PLAN;
          if (!(plan?.id && plan.state === 'SUCCEEDED' && plan.configHash === s.configHash)) {
            throw new RolloutError(`${s.name}: no reviewed plan of this configuration; run \`fleet plan\`, review it, then apply (or pass --auto-approve)`);
          }
          details = { operation: 'APPLY', executionPlanStrategy: 'FROM_PLAN_JOB_ID', executionPlanJobId: plan.id } as models.CreateApplyJobOperationDetails;
        }
        await this.runJob(s, 'APPLY', () => details, details.executionPlanJobId);
        await this.collectOutputs(s);
      }
    });
  }

  /** DESTROY jobs in reverse order (kubernetes stacks while the private endpoint still exists). */
  public async destroy(): Promise<void> {
    if (!this.o.autoApprove) throw new RolloutError('destroy deletes every resource of the fleet: pass --auto-approve to confirm');
    await this.perCluster(async (cluster) => {
      for (const s of [...cluster].reverse()) {
        const rec = this.o.record.data.stacks[s.name];
        if (!rec?.stackId || rec.deleted) {
          this.o.log(`${s.name}: no stack, nothing to destroy`);
          continue;
        }
        const destroyed = rec.jobs.DESTROY;
        if (!(destroyed?.state === 'SUCCEEDED' && this.destroyedAfterApply(rec))) {
          await this.runJob(s, 'DESTROY', () => ({ operation: 'DESTROY', executionPlanStrategy: 'AUTO_APPROVED' } as models.CreateDestroyJobOperationDetails));
        } else {
          this.o.log(`${s.name}: already destroyed (${destroyed.id})`);
        }
        if (this.o.deleteStacks) {
          await this.o.client(s.region).deleteStack({ stackId: rec.stackId });
          rec.deleted = true;
          this.o.record.save();
          this.o.log(`${s.name}: stack ${rec.stackId} deleted`);
        }
      }
    }, true);
  }

  /** ORM drift detection on every applied stack, reported per resource. Returns the number of drifted resources. */
  public async drift(): Promise<number> {
    let drifted = 0;
    await this.perCluster(async (cluster) => {
      for (const s of cluster) {
        const rec = this.o.record.data.stacks[s.name];
        if (!rec?.stackId || rec.jobs.APPLY?.state !== 'SUCCEEDED') {
          this.o.log(`${s.name}: not applied, no drift to detect`);
          continue;
        }
        const client = this.o.client(s.region);
        const started = await client.detectStackDrift({ stackId: rec.stackId, detectStackDriftDetails: {} });
        await this.waitWorkRequest(s, client, started.opcWorkRequestId);
        const stack = await client.getStack({ stackId: rec.stackId });
        this.o.log(`${s.name}: drift ${stack.stack.stackDriftStatus ?? 'UNKNOWN'}`);
        let page: string | undefined;
        do {
          const res = await client.listStackResourceDriftDetails({ stackId: rec.stackId, page });
          for (const r of res.stackResourceDriftCollection.items) {
            if (r.resourceDriftStatus === 'IN_SYNC') continue;
            if (r.resourceDriftStatus !== 'NOT_CHECKED') drifted++;
            this.o.log(`${s.name}: ${r.resourceType ?? ''}.${r.resourceName ?? ''} ${r.resourceDriftStatus}`);
          }
          page = res.opcNextPage;
        } while (page);
      }
    });
    return drifted;
  }

  private async waitWorkRequest(s: PackagedStack, client: ResourceManagerClient, id: string): Promise<void> {
    const deadline = Date.now() + this.o.jobTimeoutMs;
    for (;;) {
      const wr = await client.getWorkRequest({ workRequestId: id });
      const status = String(wr.workRequest.status);
      if (status === 'SUCCEEDED') return;
      if (status === 'FAILED' || status === 'CANCELED') throw new RolloutError(`${s.name}: drift detection ${id} ${status}`);
      if (Date.now() > deadline) throw new RolloutError(`${s.name}: drift detection ${id} still ${status}`);
      await sleep(this.o.pollMs);
    }
  }

  private rec(s: PackagedStack): StackRecord {
    return this.o.record.stack(s.name, { region: s.region, compartmentId: s.compartmentId });
  }

  private destroyedAfterApply(rec: StackRecord): boolean {
    return rec.lastJob?.operation === 'DESTROY' && rec.lastJob.state === 'SUCCEEDED';
  }

  private unappliedDependency(s: PackagedStack): string | undefined {
    return s.dependsOn.find((d) => {
      const dep = this.stacks.find((x) => x.name === d)!;
      const rec = this.o.record.data.stacks[d];
      return !(rec?.jobs.APPLY?.state === 'SUCCEEDED' && rec.jobs.APPLY.configHash === dep.configHash && !this.destroyedAfterApply(rec));
    });
  }

  private async perCluster(work: (cluster: PackagedStack[]) => Promise<void>, reverse = false): Promise<void> {
    const clusters = byCluster(this.stacks);
    if (reverse) clusters.reverse();
    const errors = await bounded(clusters, this.o.concurrency, work);
    if (errors.length > 0) {
      throw new RolloutError(errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n'));
    }
  }

  private variables(s: PackagedStack): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [variable, stack] of Object.entries(s.stackVariables)) {
      const id = this.o.record.data.stacks[stack]?.stackId;
      if (!id) throw new RolloutError(`${s.name}: the stack ${stack} it reads has no OCID yet`);
      out[variable] = id;
    }
    return out;
  }

  /** Creates the ORM stack once (the OCID goes into the record), or uploads the new configuration. */
  private async ensureStack(s: PackagedStack): Promise<void> {
    const rec = this.rec(s);
    const client = this.o.client(s.region);
    const variables = this.variables(s);
    const zipFileBase64Encoded = fs.readFileSync(s.zipFile).toString('base64');
    if (!rec.stackId || rec.deleted) {
      rec.createToken ??= crypto.randomUUID();
      rec.deleted = undefined;
      this.o.record.save();
      const created = await client.createStack({
        opcRetryToken: rec.createToken,
        createStackDetails: {
          compartmentId: s.compartmentId, displayName: s.name,
          description: `cdktf-hardened-oke fleet: ${s.role} stack of cluster ${s.cluster}`,
          terraformVersion: ORM_TERRAFORM_VERSION, variables,
          configSource: { configSourceType: 'ZIP_UPLOAD', zipFileBase64Encoded } as models.CreateZipUploadConfigSourceDetails,
          freeformTags: { [FLEET_STACK_TAG]: s.name },
        },
      });
      rec.stackId = created.stack.id!;
      rec.createToken = undefined;
      rec.uploadedHash = s.configHash;
      rec.uploadedVariables = variables;
      rec.jobs = {};
      rec.lastJob = undefined;
      this.o.record.save();
      this.o.log(`${s.name}: stack ${rec.stackId} created in ${s.region}`);
      return;
    }
    if (rec.uploadedHash === s.configHash && JSON.stringify(rec.uploadedVariables ?? {}) === JSON.stringify(variables)) return;
    await client.updateStack({
      stackId: rec.stackId,
      updateStackDetails: {
        terraformVersion: ORM_TERRAFORM_VERSION, variables,
        configSource: { configSourceType: 'ZIP_UPLOAD', zipFileBase64Encoded } as models.UpdateZipUploadConfigSourceDetails,
      },
    });
    rec.uploadedHash = s.configHash;
    rec.uploadedVariables = variables;
    this.o.record.save();
    this.o.log(`${s.name}: stack ${rec.stackId} updated`);
  }

  /**
   * Creates a job (or goes on watching the recorded one that has not finished) and polls it to its end. The
   * CreateJob retry token is recorded first: a crash between CreateJob and recording its id makes the re-run send
   * the same token, and ORM answers with the job it already created instead of starting a second one.
   */
  private async runJob(s: PackagedStack, operation: JobOperation, details: () => models.CreateJobOperationDetails, planJobId?: string): Promise<void> {
    const rec = this.rec(s);
    const client = this.o.client(s.region);
    let job = rec.jobs[operation];
    const resumable = job && !TERMINAL.has(job.state) && job.configHash === s.configHash;
    if (!resumable || !job!.id) {
      if (!resumable) job = { retryToken: crypto.randomUUID(), state: 'CREATING', configHash: s.configHash, planJobId };
      rec.jobs[operation] = job;
      this.o.record.save();
      const created = await client.createJob({
        opcRetryToken: job!.retryToken,
        createJobDetails: { stackId: rec.stackId!, displayName: `${s.name}-${operation.toLowerCase()}`, jobOperationDetails: details() },
      });
      job = { ...job!, id: created.job.id!, retryToken: undefined, state: created.job.lifecycleState ?? 'ACCEPTED' };
      rec.jobs[operation] = job;
      rec.lastJob = { operation, id: job.id!, state: job.state };
      this.o.record.save();
      this.o.log(`${s.name}: ${operation} job ${job.id} ${job.state}`);
    } else {
      this.o.log(`${s.name}: resuming ${operation} job ${job!.id} (${job!.state})`);
    }
    const id = job!.id!;
    const deadline = Date.now() + this.o.jobTimeoutMs;
    let state = job!.state;
    for (;;) {
      const got = await client.getJob({ jobId: id });
      const now = got.job.lifecycleState ?? 'UNKNOWN';
      if (now !== state) {
        state = now;
        rec.jobs[operation] = { ...rec.jobs[operation]!, state };
        rec.lastJob = { operation, id, state };
        this.o.record.save();
        this.o.log(`${s.name}: ${operation} job ${id} ${state}`);
      }
      if (TERMINAL.has(state)) break;
      if (Date.now() > deadline) {
        throw new RolloutError(`${s.name}: ${operation} job ${id} is still ${state} after ${Math.round(this.o.jobTimeoutMs / 1000)} s; run the command again to go on watching it`);
      }
      await sleep(this.o.pollMs);
    }
    if (state !== 'SUCCEEDED') {
      const lines = await this.jobLog(client, id);
      throw new RolloutError(`${s.name}: ${operation} job ${id} ${state}${lines.length ? `; last lines of its log:\n${lines.map((l) => `  ${l}`).join('\n')}` : ''}`);
    }
  }

  private async jobLog(client: ResourceManagerClient, jobId: string): Promise<string[]> {
    try {
      const res = await client.getJobLogs({ jobId, sortOrder: 'DESC' as any, limit: this.o.logLines ?? 20 });
      return res.items.map((e) => e.message ?? '').reverse();
    } catch {
      return [];
    }
  }

  private async collectOutputs(s: PackagedStack): Promise<void> {
    const rec = this.rec(s);
    const jobId = rec.jobs.APPLY?.id;
    if (!jobId) return;
    const outputs: Record<string, string> = {};
    let page: string | undefined;
    do {
      const res = await this.o.client(s.region).listJobOutputs({ jobId, page });
      for (const o of res.jobOutputsCollection.items) {
        if (o.outputName && !o.isSensitive && !o.outputName.startsWith('cross-stack-output-')) outputs[o.outputName] = o.outputValue ?? '';
      }
      page = res.opcNextPage;
    } while (page);
    rec.outputs = outputs;
    this.o.record.save();
  }
}
