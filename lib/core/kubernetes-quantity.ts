/**
 * The canonical form of a Kubernetes quantity: what the API server stores and returns for `"4000m"` is `"4"`
 * (apimachinery pkg/api/resource/quantity.go, `Quantity.String` / `CanonicalizeBytes`: the suffix family of the input
 * is kept, the exponent is as large as possible without fractional digits; binary SI falls back to decimal SI for
 * values between -1024 and 1024 exclusive or that are not whole numbers; precision below nano is rounded up).
 * `kubernetes_manifest` compares what it sent with what the server returns, so a non-canonical quantity fails the
 * apply with "Provider produced inconsistent result after apply" (hashicorp/terraform-provider-kubernetes).
 */

const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const QUANTITY = /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

function pow10(n: number): bigint {
  return BigInt(10) ** BigInt(n);
}

/** `integer * 10^exponent` in decimal SI (or with an `e<exponent>` suffix), the exponent a multiple of 3. */
function decimal(integer: bigint, exponent: number, exponentFormat: boolean): string {
  if (integer === BigInt(0)) return '0';
  const negative = integer < BigInt(0);
  let i = negative ? -integer : integer;
  let e = exponent;
  if (e < -9) { // below nano: rounded up (Quantity keeps at most nano precision)
    const d = pow10(-9 - e);
    i = (i + d - BigInt(1)) / d;
    e = -9;
  }
  while (i !== BigInt(0) && i % BigInt(10) === BigInt(0)) { i /= BigInt(10); e++; }
  let e3 = Math.floor(e / 3) * 3;
  if (!exponentFormat) e3 = Math.min(18, Math.max(-9, e3));
  const mantissa = i * pow10(e - e3);
  const suffix = exponentFormat ? (e3 === 0 ? '' : `e${e3}`) : Object.keys(DECIMAL_SUFFIXES).find((s) => DECIMAL_SUFFIXES[s] === e3)!;
  return `${negative ? '-' : ''}${mantissa}${suffix}`;
}

/** The canonical form of a quantity string, or undefined when it is not a quantity. */
export function canonicalQuantity(value: string): string | undefined {
  const m = QUANTITY.exec(value);
  if (!m) return undefined;
  const [, sign, number, suffix = ''] = m;
  const [whole, fraction = ''] = number.split('.');
  const integer = BigInt(`${sign === '-' ? '-' : ''}${whole || '0'}${fraction}`);
  const scale = -fraction.length;
  if (/^[eE][+-]?[0-9]+$/.test(suffix)) return decimal(integer, scale + Number(suffix.slice(1)), true);
  if (suffix in DECIMAL_SUFFIXES) return decimal(integer, scale + DECIMAL_SUFFIXES[suffix], false);
  // Binary SI: exact bytes when whole and at least 1024 in size, else decimal SI.
  const bytesTimes10 = integer * (BigInt(1024) ** BigInt(BINARY_SUFFIXES.indexOf(suffix)));
  const d = pow10(-scale);
  const abs = bytesTimes10 < BigInt(0) ? -bytesTimes10 : bytesTimes10;
  if (abs % d !== BigInt(0) || abs / d < BigInt(1024)) return decimal(bytesTimes10, scale, false);
  let bytes = bytesTimes10 / d;
  let k = 0;
  while (k < 6 && bytes % BigInt(1024) === BigInt(0)) { bytes /= BigInt(1024); k++; }
  return `${bytes}${BINARY_SUFFIXES[k]}`;
}

/** A map of quantities inside an object, with its JSON path (for messages). */
export interface QuantityMap {
  readonly path: string;
  readonly map: Record<string, unknown>;
}

/**
 * Every quantity map the API server canonicalizes that the library writes or a user commonly adds: container and
 * PVC resources, emptyDir sizeLimit, pod overhead, LimitRange limits, ResourceQuota hard, PV capacity. (HPA metric
 * targets and custom resources are not rewritten.) Only quantity-shaped values change (emptyDir's `medium` is not
 * one). The maps are the object's own, by reference.
 */
export function quantityMapsOf(obj: Record<string, any>): QuantityMap[] {
  const maps: QuantityMap[] = [];
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const add = (path: string, v: unknown) => { if (isMap(v)) maps.push({ path, map: v }); };
  if (obj.kind === 'ResourceQuota') add('spec.hard', obj.spec?.hard);
  if (obj.kind === 'PersistentVolume') add('spec.capacity', obj.spec?.capacity);
  if (obj.kind === 'LimitRange' && Array.isArray(obj.spec?.limits)) {
    obj.spec.limits.forEach((l: any, i: number) => {
      for (const f of ['min', 'max', 'default', 'defaultRequest', 'maxLimitRequestRatio']) add(`spec.limits[${i}].${f}`, l?.[f]);
    });
  }
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${path}[${i}]`)); return; }
    if (!isMap(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const p = `${path}.${k}`;
      if (k === 'resources' && isMap(v)) { add(`${p}.requests`, v.requests); add(`${p}.limits`, v.limits); }
      if (k === 'emptyDir' || k === 'overhead') add(p, v);
      walk(v, p);
    }
  };
  walk(obj.spec, 'spec');
  return maps;
}

/**
 * A copy of the object with every quantity in canonical form: the same values, written as the API server stores
 * them, so kubernetes_manifest finds what it sent (cdk8s-plus, for one, writes `cpu: 1000m`).
 */
export function canonicalizeQuantities<T extends Record<string, any>>(obj: T): T {
  // A JSON copy, not structuredClone: the objects are JSON, and a clone's prototype is not the caller realm's
  // Object.prototype under test runners, which the renderer's plain-object check refuses.
  const copy = JSON.parse(JSON.stringify(obj)) as T;
  for (const { map } of quantityMapsOf(copy)) {
    for (const [k, v] of Object.entries(map)) {
      if (typeof v !== 'string') continue;
      const canonical = canonicalQuantity(v);
      if (canonical !== undefined) map[k] = canonical;
    }
  }
  return copy;
}
