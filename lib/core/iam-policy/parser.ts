/* eslint-disable no-control-regex -- NUL characters delimit the masked Terraform interpolations; a statement never contains one */
/**
 * Parser for OCI IAM policy statements (Oracle "Policy Syntax"):
 *
 *   Allow <subject> to <verb>|{PERMISSION, ...} <resource-type> in tenancy|compartment <name>|compartment id <ocid>
 *     [where <condition>]
 *
 * with conditions `<variable> <op> <value>` (op `=`, `!=`, `before`, `after`, `between ... and ...`) nested in
 * `any {...}` / `all {...}`. Keywords, verbs, resource types and variables are case-insensitive. Terraform
 * interpolations (`${oci_x.y.id}`) are opaque values. Statements other than Allow (Define, Endorse, Admit) are
 * recognised and returned as such, not parsed further.
 *
 * Hand-written because no npm package parses OCI policy syntax: the OCI SDK (oci-sdk / oci-identity) sends
 * statements to the Identity service and validates them only there, at apply time; this check runs at synth.
 */

export type PolicySubject =
  | { readonly kind: 'group' | 'dynamic-group'; readonly byId: boolean; readonly names: readonly string[] }
  | { readonly kind: 'any-user' | 'any-group' }
  | { readonly kind: 'service'; readonly names: readonly string[] };

export interface PolicyComparison {
  readonly kind: 'comparison';
  readonly variable: string;
  readonly operator: string;
  /** Literal values (quotes removed), variables or Terraform interpolations, as written. */
  readonly values: readonly string[];
  /** Whether each value was quoted. */
  readonly quoted: readonly boolean[];
}

export interface PolicyConditionGroup {
  readonly kind: 'any' | 'all';
  readonly conditions: readonly PolicyCondition[];
}

export type PolicyCondition = PolicyComparison | PolicyConditionGroup;

export interface AllowStatement {
  readonly kind: 'allow';
  readonly subject: PolicySubject;
  /** Lower-case verb, or undefined when the statement lists permissions. */
  readonly verb?: string;
  readonly permissions?: readonly string[];
  /** Lower-case resource type or family. */
  readonly resourceType: string;
  readonly location: { readonly kind: 'tenancy' } | { readonly kind: 'compartment'; readonly byId: boolean; readonly value: string };
  readonly condition?: PolicyCondition;
}

export interface OtherStatement {
  readonly kind: 'define' | 'endorse' | 'admit';
}

export type PolicyStatement = AllowStatement | OtherStatement;

export class PolicyParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyParseError';
  }
}

/** Replaces `${...}` (balanced braces) by placeholders so braces and spaces inside never confuse the parser. */
function maskInterpolations(text: string): { masked: string; restore: (s: string) => string } {
  const saved: string[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}' && --depth === 0) break;
      }
      if (j >= text.length) throw new PolicyParseError('an unterminated Terraform interpolation "${"');
      saved.push(text.slice(i, j + 1));
      out += `\u0000${saved.length - 1}\u0000`;
      i = j;
    } else {
      out += text[i];
    }
  }
  const restore = (s: string) => s.replace(/\u0000(\d+)\u0000/g, (_, n) => saved[Number(n)]);
  return { masked: out, restore };
}

const SUBJECT_LIST = /^([^,]+)(,\s*[^,]+)*$/;

function parseSubject(raw: string, restore: (s: string) => string): PolicySubject {
  const s = raw.trim();
  const lower = s.toLowerCase();
  if (lower === 'any-user') return { kind: 'any-user' };
  if (lower === 'any-group') return { kind: 'any-group' };
  const service = /^service\s+(.+)$/i.exec(s);
  if (service) {
    const names = service[1].split(',').map((n) => restore(n.trim()));
    if (names.some((n) => !/^[\w.-]+$/.test(n) && !n.includes('${'))) throw new PolicyParseError(`the service subject "${restore(s)}" is not a list of service names`);
    return { kind: 'service', names };
  }
  // `group A, group B`, `group id X, group id Y`, `group 'Domain'/'Name'`, and the same for dynamic-group.
  const kind = /^dynamic-group\b/i.test(s) ? 'dynamic-group' : /^group\b/i.test(s) ? 'group' : undefined;
  if (!kind || !SUBJECT_LIST.test(s)) {
    throw new PolicyParseError(`the subject "${restore(s)}" is not one of group, group id, dynamic-group, dynamic-group id, any-user, any-group or service`);
  }
  let byId: boolean | undefined;
  const names = s.split(',').map((part) => {
    const m = new RegExp(`^\\s*${kind}\\s+(id\\s+)?(\\S.*?)\\s*$`, 'i').exec(part);
    if (!m) throw new PolicyParseError(`"${restore(part.trim())}" in the subject is not "${kind} <name>" or "${kind} id <ocid>"`);
    const thisById = m[1] !== undefined;
    if (byId !== undefined && byId !== thisById) throw new PolicyParseError('the subject mixes names and ids');
    byId = thisById;
    return restore(m[2]);
  });
  return { kind, byId: byId ?? false, names };
}

interface Cursor { text: string; pos: number; restore: (s: string) => string }

function skipSpace(c: Cursor): void {
  while (c.pos < c.text.length && /\s/.test(c.text[c.pos])) c.pos++;
}

function peekWord(c: Cursor): string {
  skipSpace(c);
  const m = /^[A-Za-z_][\w.-]*/.exec(c.text.slice(c.pos));
  return m ? m[0] : '';
}

function expect(c: Cursor, ch: string): void {
  skipSpace(c);
  if (c.text[c.pos] !== ch) throw new PolicyParseError(`expected "${ch}" at "${c.restore(c.text.slice(c.pos, c.pos + 20)) || 'the end'}"`);
  c.pos++;
}

function parseValue(c: Cursor): { value: string; quoted: boolean } {
  skipSpace(c);
  const rest = c.text.slice(c.pos);
  if (rest.startsWith("'")) {
    const end = rest.indexOf("'", 1);
    if (end < 0) throw new PolicyParseError('an unterminated quoted value');
    c.pos += end + 1;
    return { value: c.restore(rest.slice(1, end)), quoted: true };
  }
  const placeholder = /^\u0000\d+\u0000/.exec(rest);
  if (placeholder) {
    c.pos += placeholder[0].length;
    return { value: c.restore(placeholder[0]), quoted: false };
  }
  const pattern = /^\/[^/]*\//.exec(rest);
  if (pattern) {
    c.pos += pattern[0].length;
    return { value: pattern[0], quoted: false };
  }
  const word = /^[A-Za-z_][\w.-]*/.exec(rest);
  if (word) {
    c.pos += word[0].length;
    return { value: word[0], quoted: false };
  }
  throw new PolicyParseError(`expected a value at "${c.restore(rest.slice(0, 20)) || 'the end'}"`);
}

function parseCondition(c: Cursor): PolicyCondition {
  const word = peekWord(c);
  const lower = word.toLowerCase();
  if (lower === 'any' || lower === 'all') {
    const save = c.pos;
    c.pos += word.length;
    skipSpace(c);
    if (c.text[c.pos] === '{') {
      c.pos++;
      const conditions: PolicyCondition[] = [parseCondition(c)];
      skipSpace(c);
      while (c.text[c.pos] === ',') {
        c.pos++;
        conditions.push(parseCondition(c));
        skipSpace(c);
      }
      expect(c, '}');
      return { kind: lower, conditions };
    }
    c.pos = save;
  }
  if (!/^(request|target)\./i.test(word)) {
    throw new PolicyParseError(`expected a condition (request.* or target.* variable, any {...} or all {...}) at "${c.restore(c.text.slice(c.pos, c.pos + 30)) || 'the end'}"`);
  }
  c.pos += word.length;
  skipSpace(c);
  const rest = c.text.slice(c.pos);
  const op = /^(!=|=|before\b|after\b|between\b|in\b)/i.exec(rest);
  if (!op) throw new PolicyParseError(`expected an operator (=, !=, before, after, between) after "${word}"`);
  c.pos += op[0].length;
  const operator = op[0].toLowerCase();
  const first = parseValue(c);
  const values = [first.value];
  const quoted = [first.quoted];
  if (operator === 'between') {
    if (peekWord(c).toLowerCase() !== 'and') throw new PolicyParseError(`"between" needs "and" after "${word}"`);
    c.pos += 3;
    const second = parseValue(c);
    values.push(second.value);
    quoted.push(second.quoted);
  }
  return { kind: 'comparison', variable: word, operator, values, quoted };
}

/** Parses one statement, or throws PolicyParseError naming what is wrong. */
export function parsePolicyStatement(statement: string): PolicyStatement {
  const { masked, restore } = maskInterpolations(statement.trim());
  const first = /^(\w+)/.exec(masked)?.[1]?.toLowerCase();
  if (first === 'define' || first === 'endorse' || first === 'admit') return { kind: first };
  if (first !== 'allow') throw new PolicyParseError('a statement starts with Allow (or Define, Endorse, Admit)');

  const head = /^allow\s+(.+?)\s+to\s+(\{[^}]*\}|\S+)\s+(\S+)\s+in\s+(.+?)(?:\s+where\s+([\s\S]+))?$/i.exec(masked);
  if (!head) throw new PolicyParseError('it does not read "Allow <subject> to <verb> <resource-type> in <location> [where <conditions>]"');
  const [, subjectText, verbText, resourceText, locationText, conditionText] = head;

  const subject = parseSubject(subjectText, restore);
  let verb: string | undefined;
  let permissions: string[] | undefined;
  if (verbText.startsWith('{')) {
    permissions = verbText.slice(1, -1).split(',').map((p) => p.trim()).filter((p) => p.length > 0);
    if (permissions.length === 0 || permissions.some((p) => !/^[A-Z0-9_]+$/i.test(p))) {
      throw new PolicyParseError(`"${verbText}" is not a list of permissions`);
    }
  } else {
    verb = verbText.toLowerCase();
  }

  let location: AllowStatement['location'];
  const loc = locationText.trim();
  if (/^tenancy$/i.test(loc)) {
    location = { kind: 'tenancy' };
  } else {
    const byId = /^compartment\s+id\s+(\S+)$/i.exec(loc);
    const byName = /^compartment\s+(\S+)$/i.exec(loc);
    if (byId) location = { kind: 'compartment', byId: true, value: restore(byId[1]) };
    else if (byName) location = { kind: 'compartment', byId: false, value: restore(byName[1]) };
    else throw new PolicyParseError(`the location "${restore(loc)}" is not "tenancy", "compartment <name>" or "compartment id <ocid>"`);
  }

  let condition: PolicyCondition | undefined;
  if (conditionText !== undefined) {
    const c: Cursor = { text: conditionText, pos: 0, restore };
    condition = parseCondition(c);
    skipSpace(c);
    if (c.pos < c.text.length) throw new PolicyParseError(`unexpected "${restore(c.text.slice(c.pos, c.pos + 30))}" after the condition (a list of conditions needs any {...} or all {...})`);
  }
  return { kind: 'allow', subject, verb, permissions, resourceType: resourceText.toLowerCase(), location, condition };
}

/** Whether the whole statement is one Terraform expression (`${var.statement}`), known only at apply. */
export function isOpaqueStatement(statement: string): boolean {
  try {
    return /^\u0000\d+\u0000$/.test(maskInterpolations(statement.trim()).masked);
  } catch (err) {
    if (err instanceof PolicyParseError) return false;
    throw err;
  }
}

/** Every comparison in a condition tree, depth first. */
export function comparisonsOf(condition: PolicyCondition | undefined): PolicyComparison[] {
  if (!condition) return [];
  return condition.kind === 'comparison' ? [condition] : condition.conditions.flatMap(comparisonsOf);
}
