/**
 * Writes the YAML the `yaml` package (2.x, what cdk8s writes manifests with) writes for plain JSON data with
 * `{ version: '1.1', lineWidth: 0, keepUndefined: true }`, byte for byte, without loading it: the package is 70
 * modules, a visible part of a cold synth (bench/RESULTS.md). It covers what manifests and Helm values hold:
 * block maps and sequences, flow `{}`/`[]` when empty, integers, booleans, null, plain, quoted and literal block
 * strings. Anything else (repeated objects, which `yaml` writes as anchors; fractions; control characters;
 * block strings with surrounding white space) makes it return `undefined`, and the caller asks `yaml` itself.
 * test/kubernetes/yaml-emitter.test.ts compares it with `yaml` on generated data and on every written manifest.
 */

/** Thrown inside the emitter when a value needs a rule it does not reproduce; never escapes this module. */
class NotCovered extends Error {}

const INDENT = '  ';

/**
 * YAML's rule for a plain scalar (YAML 1.2 §7.3.3 / 1.1 §9.1.3): no leading indicator, no `: ` or ` #`, no
 * surrounding white space, no trailing `:`; `-`/`?` only when not followed by a space.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Characters `yaml` writes only in double quotes with escapes (control characters, unpaired surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}\u2028\u2029]/u;
/** A line a YAML 1.1 reader would take for a directive or a document marker. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
/**
 * The plain scalars a YAML 1.1 reader resolves to something other than a string, as `yaml` 2.x's YAML 1.1 schema
 * reads them (yaml.org/type: null, bool, int, float, timestamp; the merge key `<<` only with its `merge` option,
 * which cdk8s does not set): such a string must be quoted.
 */
const RESOLVES_TO_ANOTHER_TYPE: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Yy]|[Yy]es|YES|[Nn]|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF)$/,
  /^[-+]?0b[01_]+$/, // binary
  /^[-+]?0[0-7_]+$/, // octal
  /^[-+]?[0-9][0-9_]*$/, // decimal
  /^[-+]?0x[0-9a-fA-F_]+$/, // hexadecimal
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/, // sexagesimal integer or float
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/, // float with exponent
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/, // float
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/, // timestamp
];

/** The YAML document `yaml` writes for `value`, or `undefined` when the value is outside what this reproduces. */
export function emitYamlDocument(value: unknown): string | undefined {
  try {
    const seen = new Set<object>();
    if (isMap(value)) return Object.keys(value).length === 0 ? '{}\n' : blockMap(value, '', seen) + '\n';
    if (Array.isArray(value)) return value.length === 0 ? '[]\n' : blockSeq(value, '', seen) + '\n';
    throw new NotCovered(); // a document that is one scalar: yaml's root-level rules
  } catch (e) {
    if (e instanceof NotCovered) return undefined;
    throw e;
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new NotCovered(); // class instances, Dates, Maps: yaml's rules
  return true;
}

/** Remembers each object once: `yaml` writes a repeated object as an anchor and aliases. */
function visit(value: object, seen: Set<object>): void {
  if (seen.has(value)) throw new NotCovered();
  seen.add(value);
}

function blockMap(map: Record<string, unknown>, indent: string, seen: Set<object>): string {
  visit(map, seen);
  return Object.keys(map).map((key) => `${indent}${scalar(key, indent, true)}:${valueAfterKey(map[key], indent, seen)}`).join('\n');
}

/** The part after `key:` in a block map whose keys are at `indent`. */
function valueAfterKey(value: unknown, indent: string, seen: Set<object>): string {
  if (isMap(value)) return Object.keys(value).length === 0 ? ' {}' : '\n' + blockMap(value, indent + INDENT, seen);
  // Sequences under a key are indented one step (yaml's default `indentSeq: true`).
  if (Array.isArray(value)) return value.length === 0 ? ' []' : '\n' + blockSeq(value, indent + INDENT, seen);
  return ' ' + scalar(value, indent + INDENT, false);
}

function blockSeq(items: readonly unknown[], indent: string, seen: Set<object>): string {
  visit(items, seen);
  return items.map((item) => `${indent}-${itemAfterDash(item, indent, seen)}`).join('\n');
}

/** The part after `-` in a block sequence whose dashes are at `indent`: a map or sequence starts on the dash line. */
function itemAfterDash(item: unknown, indent: string, seen: Set<object>): string {
  const inner = indent + INDENT;
  if (isMap(item)) return Object.keys(item).length === 0 ? ' {}' : ' ' + blockMap(item, inner, seen).slice(inner.length);
  if (Array.isArray(item)) return item.length === 0 ? ' []' : ' ' + blockSeq(item, inner, seen).slice(inner.length);
  return ' ' + scalar(item, inner, false);
}

/** A scalar; `indent` is the indentation of a block string's lines, `key` for a map key. */
function scalar(value: unknown, indent: string, key: boolean): string {
  if (value === null || value === undefined) {
    if (key) throw new NotCovered();
    return 'null'; // keepUndefined: an undefined value is written as null
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    // Integers print as JavaScript prints them; fractions, -0, NaN, Infinity and exponents follow yaml's own rules.
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) throw new NotCovered();
    return String(value);
  }
  if (typeof value !== 'string') throw new NotCovered();
  return string(value, indent, key);
}

function string(value: string, indent: string, key: boolean): string {
  if (value === '') return '""';
  if (NEEDS_ESCAPES.test(value) || DOCUMENT_MARKER.test(value)) throw new NotCovered();
  if (value.includes('\n')) {
    if (key) throw new NotCovered();
    return literalBlock(value, indent);
  }
  return NOT_PLAIN.test(value) || !isStringWhenPlain(value) ? quoted(value) : value;
}

/** True when a YAML 1.1 reader takes the plain scalar for a string (not a number, boolean, null or date). */
function isStringWhenPlain(value: string): boolean {
  return !RESOLVES_TO_ANOTHER_TYPE.some((type) => type.test(value));
}

/** A single-line string in quotes: double unless it holds a `"` and no `'` (yaml's default `singleQuote: null`). */
function quoted(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  // JSON's escapes are YAML's for printable text: only `"` and `\` are escaped.
  return JSON.stringify(value);
}

/** A multi-line string as a literal block (`|`), with yaml's chomping indicator. */
function literalBlock(value: string, indent: string): string {
  // Leading white space needs an indentation indicator and trailing white space keep-chomping or quotes: yaml's
  // rules, not reproduced here (nor a line that looks like a document marker, excluded by the caller).
  if (/^[ \t\n]/.test(value) || /[ \t]\n|[ \t]$|\n\n$/.test(value)) throw new NotCovered();
  const clip = value.endsWith('\n');
  const body = clip ? value.slice(0, -1) : value;
  return `|${clip ? '' : '-'}\n${indent}${body.replace(/\n+/g, (newlines) => newlines + indent)}`;
}
