import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { appModel, jsonModel } from '../compliance/app-model';
import { controlById } from '../compliance/catalog/catalog';
import { combine, evaluate, Evaluation } from '../compliance/engine';
import { NormalizedWaiver, validateWaiver } from '../compliance/waiver-rules';
import { normalizedWaivers, WaiverProps } from '../compliance/waivers';
import { appSnapshot, AppSnapshotOptions } from './app-snapshot';

/** Options for the hardening checks in tests. */
export interface HardeningCheckOptions {
  /**
   * Extra waivers for this check (in addition to those recorded on the App).
   * @default - none
   */
  readonly waivers?: WaiverProps[];
}

/** One failing control on one resource. */
export interface HardeningFailure {
  readonly controlId: string;
  readonly severity: string;
  readonly address: string;
  readonly stack?: string;
  readonly message: string;
  readonly fix: string;
}

/** The outcome of a hardening check. */
export interface HardeningCheckResult {
  /** True when no control fails. */
  readonly passed: boolean;
  readonly failures: HardeningFailure[];
  /** Control id -> pass | fail | waived | not-applicable, for the checked stack. */
  readonly controlStatus: Record<string, string>;
  /** Human-readable failures, one per line (empty when passed). */
  readonly summary: string;
}

function libraryVersion(): string | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

const HASH_SUFFIX = /_[0-9A-F]{8}$/;

function resultFor(e: Evaluation, stack?: string): HardeningCheckResult {
  const controlStatus: Record<string, string> = {};
  const failures: HardeningFailure[] = [];
  for (const r of e.results) {
    const findings = r.findings.filter((f) => stack === undefined || f.stack === stack || f.stack === undefined);
    controlStatus[r.control.id] = combine(findings.map((f) => f.result));
    for (const f of findings.filter((x) => x.result === 'fail')) {
      failures.push({ controlId: r.control.id, severity: r.control.severity, address: f.address, stack: f.stack, message: f.message ?? r.control.title, fix: r.control.fix });
    }
  }
  const summary = failures.map((f) => `${f.controlId} [${f.severity}] ${f.address}: ${f.message}. Fix: ${f.fix}`).join('\n');
  return { passed: failures.length === 0, failures, controlStatus, summary };
}

function extraWaivers(options?: HardeningCheckOptions): NormalizedWaiver[] {
  return (options?.waivers ?? []).map((w, i) => validateWaiver(`waivers[${i}]`, w, 'test'));
}

/**
 * Test helpers for users' own repositories (jsii-friendly; the jest matchers in `cdktf-hardened-oke/testing/jest`
 * are built on it). Checks read the synthesized output, exactly as synth-time enforcement does.
 */
export class HardeningTesting {
  /**
   * Checks a stack. Every stack of its App is read (cross-stack evidence such as the CNI in the Kubernetes
   * stack counts), but only findings on resources of this stack are reported.
   */
  public static checkStack(stack: TerraformStack, options?: HardeningCheckOptions): HardeningCheckResult {
    const e = evaluate(appModel(stack, stack), [...normalizedWaivers(stack), ...extraWaivers(options)]);
    return resultFor(e, stack.node.id);
  }

  /** Checks synthesized Terraform JSON (e.g. the output of `Testing.synth(stack)` or a cdk.tf.json file). */
  public static checkJson(json: string, options?: HardeningCheckOptions): HardeningCheckResult {
    return resultFor(evaluate(jsonModel(json), extraWaivers(options)));
  }

  /** True when `controlId` names a control of the catalog. */
  public static isControl(controlId: string): boolean {
    return controlById(controlId) !== undefined;
  }

  /** The title and fix of a control, for messages. */
  public static describeControl(controlId: string): string {
    const c = controlById(controlId);
    return c ? `${c.id} ${c.title} (fix: ${c.fix})` : `unknown control ${controlId}`;
  }

  /**
   * A whole synthesized app as reviewable text for a snapshot: every stack of `outdir` (a folder `app.synth()`
   * wrote, with its manifest.json), addresses without hash suffixes, outputs, and cross-stack references resolved to
   * the resource attribute they carry (`prod:oci_containerengine_cluster.prod_cluster.id`).
   */
  public static snapshotApp(outdir: string, options?: AppSnapshotOptions): string {
    return appSnapshot(outdir, (json) => HardeningTesting.normalizeJson(json), options);
  }

  /**
   * Synthesized JSON with volatile content removed, for snapshots that stay stable across machines and library
   * patch versions: cdktf metadata (`//`), the hash suffixes cdktf appends to resource names (also inside
   * references), temporary/absolute paths and this library's version string.
   */
  public static normalizeJson(json: string): string {
    const parsed = JSON.parse(json);
    const renames = new Map<string, string>();
    for (const section of ['resource', 'data']) {
      for (const [type, byName] of Object.entries<any>(parsed[section] ?? {})) {
        const used = new Set<string>();
        for (const name of Object.keys(byName).sort()) {
          const base = name.replace(HASH_SUFFIX, '');
          let candidate = base;
          for (let i = 2; used.has(candidate); i++) candidate = `${base}_${i}`;
          used.add(candidate);
          if (candidate !== name) renames.set(`${type}.${name}`, `${type}.${candidate}`);
        }
      }
    }
    const version = libraryVersion();
    const cwd = process.cwd();
    const tmp = fs.realpathSync(os.tmpdir());
    const fixString = (s: string): string => {
      let out = s;
      for (const [from, to] of renames) out = out.split(from).join(to);
      out = out.replace(/[^\s"'`]*cdktf\.outdir\.[A-Za-z0-9]+/g, '<outdir>');
      if (cwd.length > 1) out = out.split(cwd).join('<cwd>');
      if (tmp.length > 1) out = out.split(tmp).join('<tmp>');
      return out;
    };
    const walk = (value: any, key: string, inProviders: boolean): any => {
      if (Array.isArray(value)) return value.map((v) => walk(v, key, inProviders));
      if (value && typeof value === 'object') {
        const out: Record<string, any> = {};
        for (const k of Object.keys(value).sort()) {
          if (k === '//') continue;
          out[k] = walk(value[k], k, inProviders || k === 'required_providers');
        }
        return out;
      }
      if (typeof value === 'string') {
        if (version && !inProviders && /version/i.test(key) && value === version) return '<library-version>';
        return fixString(value);
      }
      return value;
    };
    const normalized: any = walk(parsed, '', false);
    for (const section of ['resource', 'data']) {
      for (const [type, byName] of Object.entries<any>(normalized[section] ?? {})) {
        const renamed: Record<string, any> = {};
        for (const name of Object.keys(byName)) renamed[(renames.get(`${type}.${name}`) ?? `${type}.${name}`).slice(type.length + 1)] = byName[name];
        normalized[section][type] = Object.fromEntries(Object.keys(renamed).sort().map((k) => [k, renamed[k]]));
      }
    }
    return JSON.stringify(normalized, null, 2);
  }
}
