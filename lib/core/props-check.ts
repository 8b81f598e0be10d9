import { closestName } from './closest-name';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from './errors';

/** The kind of one prop value, as scripts/generate-props-specs.js reads it from the interface. */
export type PropKind =
  | 'string' | 'number' | 'boolean' | 'string[]' | 'number[]' | 'any[]' | 'map' | 'any'
  | { readonly object: string } | { readonly arrayOf: string } | { readonly enum: readonly string[] };

/** One props interface: its keys, the required ones, and each value's kind. */
export interface PropsSpec {
  readonly required: readonly string[];
  readonly fields: { readonly [key: string]: PropKind };
}

export type PropsSpecs = { readonly [interfaceName: string]: PropsSpec };

const EXAMPLE: Record<string, string> = {
  'string': '"text"', 'number': '3', 'boolean': 'true', 'string[]': '["a", "b"]', 'number[]': '[1, 2]', 'map': '{ key: "value" }',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 30 ? value.slice(0, 30) + '...' : value)})`;
  return `a ${typeof value}${typeof value === 'number' || typeof value === 'boolean' ? ` (${value})` : ''}`;
}


/**
 * Checks a props object from any caller (TypeScript, plain JavaScript, Python through jsii) against its interface's
 * spec before the construct reads it: a missing props object, null, a value of the wrong kind, a missing required
 * key and an unknown (e.g. misspelt) key each raise a HardenedOkeValidationError naming the property path, instead
 * of a TypeError from deep inside the library or a silently ignored setting. Terraform tokens pass (they are
 * strings, numbers or lists of the right kind); the constructs decide where a token is acceptable.
 */
export function checkProps(specs: PropsSpecs, interfaceName: string, value: unknown, path: string): void {
  const spec = specs[interfaceName];
  if (!spec) throw new Error(`no props spec for ${interfaceName}: rerun scripts/generate-props-specs.js`);
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HardenedOkeValidationError(path || 'props', value === undefined ? 'the props object is missing' : `is ${describe(value)}, not an object`,
      `pass an object with ${spec.required.length > 0 ? `at least ${spec.required.join(', ')}` : `any of ${Object.keys(spec.fields).join(', ')}`}`);
  }
  if (Token.isUnresolved(value)) return;
  const obj = value as Record<string, unknown>;
  const valid = Object.keys(spec.fields);
  for (const key of Object.keys(obj)) {
    if (obj[key] === undefined) continue;
    if (!(key in spec.fields)) {
      const guess = closestName(key, valid);
      throw new HardenedOkeValidationError(at(key), `is not a property of ${interfaceName}${guess ? ` (did you mean ${guess}?)` : ''}`,
        `${guess ? `rename it to ${guess}; ` : ''}valid properties are ${valid.join(', ')}`);
    }
  }
  for (const key of spec.required) {
    if (obj[key] === undefined) {
      throw new HardenedOkeValidationError(at(key), 'is required', `set ${at(key)} (${kindText(spec.fields[key], at(key))})`);
    }
  }
  for (const key of valid) {
    if (obj[key] !== undefined) checkValue(specs, spec.fields[key], obj[key], at(key));
  }
}

/** `compartmentId` → the OCID form OCI uses for compartments, as the example of a required `*Id` string. */
function ocidExample(path: string): string | undefined {
  const m = /(?:^|\.)([a-z][A-Za-z]*)Id$/.exec(path);
  return m ? `an OCID such as "ocid1.${m[1].toLowerCase()}.oc1..<unique id>"` : undefined;
}

function kindText(kind: PropKind, path = ''): string {
  if (typeof kind === 'string') {
    const example = (kind === 'string' ? ocidExample(path) : undefined) ?? EXAMPLE[kind];
    if (!example) return kind;
    return example.startsWith('an OCID') ? `${kind}, ${example}` : `${kind}, e.g. ${example}`;
  }
  if ('object' in kind) return `an object (${kind.object})`;
  if ('arrayOf' in kind) return `an array of ${kind.arrayOf} objects`;
  return `one of ${kind.enum.map((e) => JSON.stringify(e)).join(', ')}`;
}

function checkValue(specs: PropsSpecs, kind: PropKind, value: unknown, path: string): void {
  const wrong = (): never => {
    throw new HardenedOkeValidationError(path, `is ${describe(value)}`, value === null
      ? `omit the property to use its default, or pass ${kindText(kind, path)}`
      : `pass ${kindText(kind, path)}`);
  };
  if (value === null) wrong();
  if (kind === 'any') return;
  if (typeof value !== 'object' && Token.isUnresolved(value) && (kind === 'string' || kind === 'number')) return;
  switch (kind) {
    case 'string': if (typeof value !== 'string') wrong(); return;
    case 'number': if (typeof value !== 'number' || Number.isNaN(value)) wrong(); return;
    case 'boolean': if (typeof value !== 'boolean') wrong(); return;
    case 'string[]':
    case 'number[]':
    case 'any[]': {
      if (!Array.isArray(value)) wrong();
      const el = kind === 'string[]' ? 'string' : kind === 'number[]' ? 'number' : undefined;
      (value as unknown[]).forEach((v, i) => {
        if (v === null || v === undefined || (el && typeof v !== el)) {
          throw new HardenedOkeValidationError(`${path}[${i}]`, `is ${v === undefined ? 'undefined' : describe(v)}`, `pass a ${el ?? 'value'}`);
        }
      });
      return;
    }
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) wrong();
      for (const [k, v] of Object.entries(value as object)) {
        if (typeof v !== 'string') throw new HardenedOkeValidationError(`${path}.${k}`, `is ${describe(v)}`, 'pass a string value');
      }
      return;
  }
  if ('object' in kind) {
    // A construct passed as a typed reference (an OkeCluster for IOkeCluster, a ClusterNetwork for INodePoolNetwork)
    // was checked by its own constructor or fromXxx import; its members are getters and framework fields, not props.
    if (Construct.isConstruct(value)) return;
    checkProps(specs, kind.object, value, path);
  } else if ('arrayOf' in kind) {
    if (!Array.isArray(value)) wrong();
    (value as unknown[]).forEach((v, i) => checkProps(specs, kind.arrayOf, v, `${path}[${i}]`));
  } else if (!kind.enum.includes(value as string)) {
    wrong();
  }
}
