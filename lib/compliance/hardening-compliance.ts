import { requireSameFramework } from '../core/framework';
import * as path from 'path';
import { App, Aspects, TerraformStack } from 'cdktf';
import { IConstruct, IValidation } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { appInputs, stacksOf } from './app-model';
import { buildModel } from './model';
import { evaluate, Evaluation, failures } from './engine';
import { REPORT_MD, writeReportFiles } from './report';
import { synthSummary } from './synth-summary';
import { normalizedWaivers, WaiverProps, Waivers } from './waivers';
import { waiverCovers } from './waiver-rules';
import type { Finding } from './catalog/types';

/** Options for {@link HardeningCompliance.enable}. */
export interface HardeningComplianceOptions {
  /**
   * App-wide waivers (each needs a control id and a reason; see WaiverProps).
   * @default - none besides those constructs record
   */
  readonly waivers?: WaiverProps[];
}

const ENABLED = Symbol.for('cdktf-hardened-oke.compliance.enabled');

export { REPORT_JSON, REPORT_MD } from './report';

function flag(o: object): boolean {
  return (o as any)[ENABLED] === true;
}

function setFlag(o: object): void {
  Object.defineProperty(o, ENABLED, { value: true, enumerable: false });
}

/** An evaluation of the whole App and the stacks it could resolve. */
interface AppEvaluation {
  readonly evaluation: Evaluation;
  readonly stacks: ReadonlySet<string>;
}

/**
 * One evaluation serves every stack's check within a synth: evaluating the whole App once per stack would make
 * synth time grow with the square of the number of stacks. The App-wide check, last in a synth, drops it.
 */
const evaluations = new WeakMap<App, AppEvaluation>();

/**
 * Runs the catalog over the whole App and has the report module write the report next to the stacks. It runs from
 * cdktf's validations (`node.addValidation`), the one public hook that sees every stack resolved before
 * manifest.json is written, under `cdktf synth` and a plain `node main.js` alike: each stack is resolved by the
 * check and again by cdktf when it writes the stack (bench/RESULTS.md measures the cost).
 */
function evaluateAndReport(app: App, mustResolve?: TerraformStack): AppEvaluation {
  const inputs = appInputs(app, mustResolve);
  const evaluation = evaluate(buildModel(inputs), normalizedWaivers(app));
  writeReportFiles(app.outdir, evaluation);
  return { evaluation, stacks: new Set(inputs.map((i) => i.name)) };
}

function messages(e: Evaluation, app: App, stack?: string): string[] {
  const list = failures(e).filter(({ finding }) => stack === undefined || finding.stack === stack);
  const out = list.map(({ control, finding }) =>
    `Hardening control ${control.id} failed on ${finding.address}${finding.stack ? ` in stack ${finding.stack}` : ''}: ${finding.message ?? control.title}. ` +
    expiredWaiverNote(e, control.id, finding) +
    `Fix: ${control.fix} (report: ${path.join(app.outdir, REPORT_MD)}; to accept the risk record Waivers.record(scope, { controlId: '${control.id}', reason: '...' }))`);
  // cdktf appends its own hint to set skipValidation: true, which HardeningCompliance.enable refuses.
  if (out.length > 0) out.push('(cdktf suggests skipValidation: true below; hardening cannot be skipped: fix each finding, or accept a single risk with a waiver, Waivers.record(scope, { controlId, reason, expires }))');
  return out;
}

/** Names the expired waiver that would have covered a failing finding: the failure is new only because it lapsed. */
function expiredWaiverNote(e: Evaluation, controlId: string, finding: Finding): string {
  const lapsed = e.waivers.filter((w) => !w.active && w.waiver.controlId === controlId && waiverCovers(w.waiver, finding));
  return lapsed.map((w) => `The waiver "${w.waiver.reason}" (scope ${w.waiver.scope}, recorded by ${w.waiver.source}) expired on ${w.waiver.expires} and no longer counts: renew it with a new expires date or fix the finding. `).join('');
}

/** Per stack: fails that stack's synthesis before its JSON is written. */
class StackCompliance implements IValidation {
  constructor(private readonly app: App, private readonly stack: TerraformStack) {}
  public validate(): string[] {
    const name = this.stack.node.id;
    let current = evaluations.get(this.app);
    if (!current || !current.stacks.has(name)) {
      current = evaluateAndReport(this.app, this.stack);
      evaluations.set(this.app, current);
    }
    const found = messages(current.evaluation, this.app, name);
    // A failing stack aborts this synth; the next synth must start from a fresh evaluation.
    if (found.length > 0) evaluations.delete(this.app);
    return found;
  }
}

/** App-wide: runs after every stack is synthesized, so it also covers stacks nobody enabled explicitly. */
class AppCompliance implements IValidation {
  constructor(private readonly app: App) {}
  public validate(): string[] {
    const cached = evaluations.get(this.app);
    evaluations.delete(this.app);
    // The stacks' checks already judged every stack, unless an aspect could have changed one afterwards (cdktf
    // invokes a stack's aspects when that stack synthesizes) or a stack was not enabled.
    const reusable = cached && stacksOf(this.app).every((s) => cached.stacks.has(s.node.id))
      && !this.app.node.findAll().some((c) => Aspects.of(c).all.length > 0);
    const final = (reusable ? cached : evaluateAndReport(this.app)).evaluation;
    const found = messages(final, this.app);
    // Not silence: one line per cluster, and a warning when security alerts have nobody to reach (not in tests).
    if (found.length === 0 && !process.env.JEST_WORKER_ID && !process.env.CDKTF_HARDENED_OKE_QUIET) {
      process.stdout.write(synthSummary(final, path.join(this.app.outdir, REPORT_MD)).join('\n') + '\n');
    }
    return found;
  }
}

/**
 * Synth-time enforcement of the hardening catalog. Once enabled for an App (HardenedCluster does it
 * automatically), every synth checks every stack's final Terraform JSON and Kubernetes manifests, writes
 * `hardening-report.json` and `hardening-report.md` to the output directory, and fails with the control id,
 * resource address and fix of each failing control. There is no off switch: accept a risk with a waiver.
 */
export class HardeningCompliance {
  /**
   * Enables enforcement for the App that `scope` belongs to (idempotent). When `scope` is inside a stack,
   * that stack is also checked before its JSON is written; every other stack is checked when the App
   * finishes synthesizing (before manifest.json is written).
   */
  public static enable(scope: IConstruct, options: HardeningComplianceOptions = {}): void {
    requireSameFramework(scope, 'HardeningCompliance.enable(scope)');
    const app = App.of(scope);
    if (app.skipValidation) {
      // cdktf's skipValidation would silently switch the checks off; hardening has no off switch.
      throw new HardenedOkeValidationError('App.skipValidation', 'hardening compliance runs as a cdktf validation and cannot be skipped',
        'remove skipValidation from the App options; accept individual risks with Waivers.record(scope, { controlId, reason })');
    }
    (options.waivers ?? []).forEach((w) => Waivers.record(app, { ...w, scope: w.scope ?? '*' }));
    if (!flag(app)) {
      setFlag(app);
      app.node.addValidation(new AppCompliance(app));
    }
    const stack = scope.node.scopes.find((c): c is TerraformStack => TerraformStack.isStack(c));
    if (stack && !flag(stack)) {
      setFlag(stack);
      stack.node.addValidation(new StackCompliance(app, stack));
    }
  }

  /** True when enforcement is on for the App that `scope` belongs to. */
  public static isEnabled(scope: IConstruct): boolean {
    return flag(App.of(scope));
  }
}
