import { Annotations, App } from 'cdktf';
import { IConstruct } from 'constructs';
import { isActive, NormalizedWaiver, validateWaiver } from './waiver-rules';

/** Metadata type under which waivers are stored on the App's construct node. */
export const WAIVER_METADATA_TYPE = 'cdktf-hardened-oke:waiver';

/** An explicit, reasoned exception to one control of the hardening catalog. */
export interface WaiverProps {
  /** Control id from the catalog, e.g. `API-01`. */
  readonly controlId: string;
  /** Why the risk is accepted (mandatory, shown in the report next to the waived resource). */
  readonly reason: string;
  /**
   * Which findings the waiver covers: a resource address glob (`oci_core_subnet.*lb*`, `stack:address` also
   * matches) or a construct path prefix (`prod/prod/network`).
   * @default - the construct path of the construct passed to `Waivers.record` (everything it synthesizes)
   */
  readonly scope?: string;
  /**
   * ISO date (`YYYY-MM-DD`) after which the waiver stops counting and the control fails again.
   * @default - never expires
   */
  readonly expires?: string;
}

/** A waiver as recorded on the App. */
export interface RecordedWaiver {
  readonly controlId: string;
  readonly reason: string;
  readonly scope: string;
  readonly expires?: string;
  /** Construct path of whoever recorded it (`(app)` for the App itself). */
  readonly source: string;
}

/**
 * Records waivers on the App so the synth-time check honours them and the hardening report lists them.
 * Constructs call `Waivers.record(this, ...)` whenever a prop lowers security (e.g. a public API endpoint
 * with an allow-list); users call it for their own exceptions. There is no way to waive everything at once:
 * each waiver names one control and carries a reason.
 */
export class Waivers {
  /** Records a waiver; throws HardenedOkeValidationError when the control id is unknown or the reason is empty. */
  public static record(construct: IConstruct, props: WaiverProps): void {
    const app = App.of(construct);
    const source = construct.node.path || '(app)';
    const w = validateWaiver('waiver', { ...props, scope: props.scope ?? (construct.node.path || '*') }, source);
    const existing = Waivers.of(app).some((x) => x.controlId === w.controlId && x.scope === w.scope && x.reason === w.reason && x.source === w.source && x.expires === w.expires);
    if (existing) return;
    const data: RecordedWaiver = { controlId: w.controlId, reason: w.reason, scope: w.scope, expires: w.expires, source };
    app.node.addMetadata(WAIVER_METADATA_TYPE, data, { stackTrace: false });
    if (!isActive(w, new Date())) {
      // Not an error (the control simply counts again), but never silent: the user should renew or remove it.
      Annotations.of(construct).addWarning(`waiver ${w.controlId} (scope ${w.scope}) expired on ${w.expires} and no longer counts: ${w.controlId} is judged again. Renew it with a new expires date or remove it.`);
    }
  }

  /** Every waiver recorded on the App that `construct` belongs to, in recording order. */
  public static of(construct: IConstruct): RecordedWaiver[] {
    const app = App.of(construct);
    return app.node.metadata.filter((m) => m.type === WAIVER_METADATA_TYPE).map((m) => m.data as RecordedWaiver);
  }
}

export function normalizedWaivers(scope: IConstruct): NormalizedWaiver[] {
  return Waivers.of(scope).map((w) => ({ controlId: w.controlId, scope: w.scope, reason: w.reason, expires: w.expires, source: w.source }));
}
