import { App, Aspects, TerraformStack } from 'cdktf';

/**
 * Evaluate each stack once: the compliance check resolves every stack's Terraform JSON (stack.toTerraform) while
 * the first stack synthesizes, and cdktf then resolves each stack again to write it — the most expensive step of a
 * synth, done twice. Within one `app.synth()` this hands the JSON the check resolved to cdktf's own call for the
 * same stack, instead of resolving it again.
 *
 * Only where nothing can change a stack in between: inside `app.synth()` (after every stack's prepareStack), and
 * only when no construct has an Aspect (cdktf invokes a stack's aspects when that stack synthesizes, after the
 * check ran). Each JSON is used once; anything else (Testing.synth, a second synth) resolves afresh.
 */
/** Per App, while its synth() runs: each stack's JSON the check resolved and cdktf has not taken yet. */
const handoffs = new WeakMap<App, Map<TerraformStack, unknown>>();
const INSTALLED = Symbol.for('cdktf-hardened-oke.compliance.synth-handoff');

/** Wraps `app.synth()` so JSON resolved by the check during it can be handed over (idempotent). */
export function installSynthHandoff(app: App): void {
  const target = app as unknown as Record<symbol, boolean> & { synth: () => void };
  if (target[INSTALLED]) return;
  Object.defineProperty(target, INSTALLED, { value: true, enumerable: false });
  const synth = app.synth.bind(app);
  target.synth = () => {
    handoffs.set(app, new Map());
    try {
      synth();
    } finally {
      handoffs.delete(app);
    }
  };
}

/** True when JSON resolved now may be reused by cdktf later in this synth. */
function canHandOff(app: App): boolean {
  return handoffs.has(app) && !app.node.findAll().some((c) => Aspects.of(c).all.length > 0);
}

/** Resolves a stack's JSON for the check; inside a synth, keeps it for cdktf's next toTerraform() of that stack. */
export function resolveForCheck(app: App, stack: TerraformStack): unknown {
  const json = stack.toTerraform();
  if (canHandOff(app)) {
    const target = stack as unknown as Record<symbol, boolean> & { toTerraform: () => unknown };
    if (!target[INSTALLED]) {
      Object.defineProperty(target, INSTALLED, { value: true, enumerable: false });
      const toTerraform = stack.toTerraform.bind(stack);
      target.toTerraform = () => {
        const kept = handoffs.get(app);
        if (kept?.has(stack)) {
          const json = kept.get(stack);
          kept.delete(stack);
          return json;
        }
        return toTerraform();
      };
    }
    handoffs.get(app)!.set(stack, json);
  }
  return json;
}
