/**
 * The fleet record: per stack its ORM OCID, the configuration last uploaded and the last job of each kind, so a
 * re-run updates stacks instead of creating new ones, does not apply a configuration twice, and resumes a job that
 * was running when the command stopped. Written atomically (temporary file + rename) after every change of state.
 */
import * as fs from 'fs';
import * as path from 'path';

export type JobOperation = 'PLAN' | 'APPLY' | 'DESTROY';

export interface JobRecord {
  readonly id?: string;
  /** opc-retry-token of the CreateJob call, kept until the job id is recorded: a retry after a crash returns the same job. */
  readonly retryToken?: string;
  readonly state: string;
  readonly configHash: string;
  readonly planJobId?: string;
}

export interface StackRecord {
  stackId?: string;
  /** opc-retry-token of a CreateStack call whose answer was not recorded yet. */
  createToken?: string;
  region: string;
  compartmentId: string;
  uploadedHash?: string;
  uploadedVariables?: Record<string, string>;
  jobs: Partial<Record<JobOperation, JobRecord>>;
  /** The last job of any kind (for the operator). */
  lastJob?: { operation: JobOperation; id: string; state: string };
  outputs?: Record<string, string>;
  deleted?: boolean;
}

export interface FleetRecordData {
  version: 1;
  stacks: Record<string, StackRecord>;
}

export class FleetRecord {
  public static load(file: string): FleetRecord {
    if (!fs.existsSync(file)) return new FleetRecord(file, { version: 1, stacks: {} });
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as FleetRecordData;
    if (data.version !== 1 || typeof data.stacks !== 'object') throw new Error(`${file} is not a fleet record (version 1)`);
    return new FleetRecord(file, data);
  }

  private constructor(public readonly file: string, public readonly data: FleetRecordData) {}

  public stack(name: string, init: { region: string; compartmentId: string }): StackRecord {
    return (this.data.stacks[name] ??= { region: init.region, compartmentId: init.compartmentId, jobs: {} });
  }

  /** Writes the record: a reader (or a crash) sees the old or the new file, never half of one. */
  public save(): void {
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 2) + '\n');
    fs.renameSync(tmp, this.file);
  }
}
