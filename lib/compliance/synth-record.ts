import * as fs from 'fs';
import * as path from 'path';
import { AuditInputError } from './loader';
import { NormalizedWaiver, validateWaiver } from './waiver-rules';

/** What synth judged, as it recorded it in `hardening-report.json` next to the stacks. */
export interface SynthRecord {
  readonly file: string;
  /** The stacks synth evaluated (synth judges their JSON, including kubernetes_manifest objects, not YAML files). */
  readonly stacks: readonly string[];
  /** Every waiver synth applied: the user's and those props recorded (source = construct path). */
  readonly waivers: readonly NormalizedWaiver[];
}

/**
 * Reads the synth report of a cdktf output directory, so `audit` judges exactly what synth judged with the
 * waivers synth honoured; `undefined` when the directory has no report (an app that does not use the library).
 */
export function readSynthRecord(outdir: string, reportName: string): SynthRecord | undefined {
  const file = path.join(outdir, reportName);
  if (!fs.existsSync(file)) return undefined;
  let report: any;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AuditInputError(`${file} is not valid JSON: ${(err as Error).message.split('\n')[0]} (delete it, or pass --ignore-synth-report)`);
  }
  if (report?.tool?.name !== 'cdktf-hardened-oke' || !Array.isArray(report.stacks) || !Array.isArray(report.waivers)) {
    throw new AuditInputError(`${file} is not a hardening report of cdktf-hardened-oke (pass --ignore-synth-report to audit without it)`);
  }
  const waivers = report.waivers.map((w: any, i: number) => {
    try {
      return validateWaiver(`${reportName} waivers[${i}]`, { controlId: w.controlId, reason: w.reason, scope: w.scope, expires: w.expires ?? undefined }, String(w.source ?? 'synth'));
    } catch (err) {
      throw new AuditInputError(`${file}: ${(err as Error).message}`);
    }
  });
  return { file, stacks: report.stacks.map(String), waivers };
}
