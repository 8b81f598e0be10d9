/**
 * `cdktf-hardened-oke fleet package | plan | apply | drift | destroy <cdktf.out>`: packages the app's Resource Manager
 * stacks and drives them through the OCI Resource Manager API (oci-resourcemanager SDK), authenticating with the OCI
 * config file (default ~/.oci/config, profile DEFAULT), an instance principal or a resource principal.
 */
import * as path from 'path';
import * as common from 'oci-common';
import { ResourceManagerClient } from 'oci-resourcemanager';
import { FleetInputError, packageFleet } from './package';
import { FleetRecord } from './record';
import { FleetRollout, RolloutError } from './rollout';

export interface FleetIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const FLEET_USAGE = [
  'Usage: cdktf-hardened-oke fleet <package|plan|apply|drift|destroy> <cdktf.out> [options]',
  '',
  '  package   zip each Resource Manager stack (<out>/<stack>.zip, files at the root, orm.tf beside cdk.tf.json)',
  '  plan      create or update the stacks (Terraform 1.5.x, in each cluster\'s region) and run PLAN jobs',
  '  apply     APPLY jobs from the reviewed plans (FROM_PLAN_JOB_ID), infrastructure before kubernetes',
  '  drift     ORM drift detection on every applied stack, reported per resource (exit 1 when drifted)',
  '  destroy   DESTROY jobs in reverse order (kubernetes first); needs --auto-approve',
  '',
  '  --out DIR                   where zips go (default <cdktf.out>/fleet)',
  '  --record FILE               fleet record: stack OCIDs and last jobs (default ./fleet.record.json)',
  '  --concurrency N             clusters at a time (default 2; ORM quota concurrent-job-count)',
  '  --auto-approve              apply without a reviewed plan (AUTO_APPROVED); confirm destroy',
  '  --delete-stacks             with destroy: delete the ORM stacks afterwards',
  '  --auth api_key|instance_principal|resource_principal   (default api_key: the OCI config file)',
  '  --config-file FILE --profile NAME                       (default ~/.oci/config, DEFAULT)',
  '  --endpoint URL              Resource Manager endpoint; {region} is replaced by the stack\'s region',
  '  --poll-seconds S            job polling interval (default 10)',
  '  --job-timeout-seconds S     stop watching a job after S seconds (default 7200); a re-run resumes it',
  '  --retry-max-delay-seconds S longest back-off of the SDK\'s retries of throttled (429) or failed calls (default 30)',
].join('\n');

interface Options {
  command: string;
  outdir: string;
  out?: string;
  record: string;
  concurrency: number;
  autoApprove: boolean;
  deleteStacks: boolean;
  auth: string;
  configFile?: string;
  profile?: string;
  endpoint?: string;
  pollSeconds: number;
  jobTimeoutSeconds: number;
  retryMaxDelaySeconds: number;
}

const COMMANDS = ['package', 'plan', 'apply', 'drift', 'destroy'];

function parse(argv: readonly string[]): Options | string {
  const args = [...argv];
  const command = args.shift();
  if (!command || !COMMANDS.includes(command)) return `${command ? `unknown fleet command "${command}"` : 'missing fleet command'}`;
  const o: Options = {
    command, outdir: '', record: 'fleet.record.json', concurrency: 2, autoApprove: false, deleteStacks: false, auth: 'api_key',
    pollSeconds: 10, jobTimeoutSeconds: 7200, retryMaxDelaySeconds: 30,
  };
  const value = (flag: string): string => {
    const v = args.shift();
    if (v === undefined) throw new FleetInputError(`${flag} needs a value`);
    return v;
  };
  const number = (flag: string, min: number): number => {
    const n = Number(value(flag));
    if (!Number.isFinite(n) || n < min) throw new FleetInputError(`${flag} must be a number >= ${min}`);
    return n;
  };
  while (args.length) {
    const a = args.shift()!;
    switch (a) {
      case '--out': o.out = value(a); break;
      case '--record': o.record = value(a); break;
      case '--concurrency': o.concurrency = Math.floor(number(a, 1)); break;
      case '--auto-approve': o.autoApprove = true; break;
      case '--delete-stacks': o.deleteStacks = true; break;
      case '--auth': o.auth = value(a); break;
      case '--config-file': o.configFile = value(a); break;
      case '--profile': o.profile = value(a); break;
      case '--endpoint': o.endpoint = value(a); break;
      case '--poll-seconds': o.pollSeconds = number(a, 0); break;
      case '--job-timeout-seconds': o.jobTimeoutSeconds = number(a, 0); break;
      case '--retry-max-delay-seconds': o.retryMaxDelaySeconds = number(a, 0); break;
      default:
        if (a.startsWith('-') || o.outdir) return `unexpected argument ${a}`;
        o.outdir = a;
    }
  }
  if (!o.outdir) return 'missing <cdktf.out>';
  if (!['api_key', 'instance_principal', 'resource_principal'].includes(o.auth)) return `--auth ${o.auth}: use api_key, instance_principal or resource_principal`;
  return o;
}

async function authProvider(o: Options): Promise<common.AuthenticationDetailsProvider> {
  if (o.auth === 'instance_principal') return new common.InstancePrincipalsAuthenticationDetailsProviderBuilder().build();
  if (o.auth === 'resource_principal') return common.ResourcePrincipalAuthenticationDetailsProvider.builder();
  return new common.ConfigFileAuthenticationDetailsProvider(o.configFile, o.profile);
}

/** Runs a fleet command; resolves to the exit code. */
export async function fleetMain(argv: readonly string[], io: FleetIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    io.stdout(FLEET_USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  let o: Options;
  try {
    const parsed = parse(argv);
    if (typeof parsed === 'string') {
      io.stderr(`cdktf-hardened-oke fleet: ${parsed}\n${FLEET_USAGE}\n`);
      return 2;
    }
    o = parsed;
  } catch (err) {
    io.stderr(`cdktf-hardened-oke fleet: ${(err as Error).message}\n`);
    return 2;
  }
  const log = (line: string) => io.stdout(`${line}\n`);
  try {
    const packaged = await packageFleet(o.outdir, o.out ?? path.join(o.outdir, 'fleet'));
    if (o.command === 'package') {
      for (const s of packaged) log(`${s.name}: ${path.relative(process.cwd(), s.zipFile)} (${s.zipBytes} bytes, ${s.role} of ${s.cluster}, ${s.region})`);
      return 0;
    }
    const auth = await authProvider(o);
    const retryConfiguration: common.RetryConfiguration = {
      terminationStrategy: new common.MaxAttemptsTerminationStrategy(8),
      delayStrategy: new common.ExponentialBackoffDelayStrategy(o.retryMaxDelaySeconds),
    };
    const clients = new Map<string, ResourceManagerClient>();
    const client = (region: string): ResourceManagerClient => {
      let c = clients.get(region);
      if (!c) {
        c = new ResourceManagerClient({ authenticationDetailsProvider: auth }, { retryConfiguration });
        if (o.endpoint) c.endpoint = o.endpoint.replace('{region}', region);
        else c.regionId = region;
        clients.set(region, c);
      }
      return c;
    };
    const rollout = new FleetRollout(packaged, {
      client, record: FleetRecord.load(o.record), log, concurrency: o.concurrency, autoApprove: o.autoApprove,
      pollMs: o.pollSeconds * 1000, jobTimeoutMs: o.jobTimeoutSeconds * 1000, deleteStacks: o.deleteStacks,
    });
    switch (o.command) {
      case 'plan': await rollout.plan(); break;
      case 'apply': await rollout.apply(); break;
      case 'destroy': await rollout.destroy(); break;
      case 'drift': return (await rollout.drift()) > 0 ? 1 : 0;
    }
    return 0;
  } catch (err) {
    if (err instanceof FleetInputError) {
      io.stderr(`cdktf-hardened-oke fleet: ${err.message}\n`);
      return 2;
    }
    if (err instanceof RolloutError) {
      io.stderr(`cdktf-hardened-oke fleet ${o.command} failed:\n${err.message}\n`);
      return 1;
    }
    io.stderr(`cdktf-hardened-oke fleet ${o.command} failed: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}
