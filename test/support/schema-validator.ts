import * as fs from 'fs';
import * as path from 'path';

/** One way a synthesized stack breaks the provider schema. */
export interface SchemaViolation {
  /** Address such as `resource.oci_core_subnet.workers.cidr_blok`. */
  readonly address: string;
  readonly message: string;
}

type CtyType = string | [string, CtyType] | ['object', Record<string, CtyType>] | ['tuple', CtyType[]];

interface SchemaAttribute {
  readonly type?: CtyType;
  readonly nested_type?: unknown;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
}

interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
}

interface SchemaBlockType {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

interface ProviderSchema {
  readonly provider?: { block: SchemaBlock };
  readonly resource_schemas?: Record<string, { block: SchemaBlock }>;
  readonly data_source_schemas?: Record<string, { block: SchemaBlock }>;
}

const RESOURCE_META = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner', 'connection', '//']);
const DATA_META = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', '//']);
const PROVIDER_META = new Set(['alias', '//']);

/** The schemas shipped in this package's `schema/` folder. */
export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schema');

function isExpression(value: unknown): boolean {
  return typeof value === 'string' && /\$\{/.test(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks synthesized Terraform JSON against provider schemas in the format `terraform providers schema -json`
 * prints: unknown or read-only attributes, missing required attributes, a block given where an attribute
 * belongs and the reverse, value shapes, and min/max items. It catches what escape hatches and overrides could
 * break before a provider ever sees the JSON.
 */
export class SchemaValidator {
  /** A validator for every provider schema file in the package's `schema/` folder. */
  public static fromSchemaDir(dir: string = SCHEMA_DIR): SchemaValidator {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    // Terraform's built-in provider (terraform_data) has no schema file in schema/: Terraform itself provides it.
    const builtin = JSON.parse(fs.readFileSync(path.join(__dirname, 'terraform-builtin-schema.json'), 'utf8'));
    return new SchemaValidator([...files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))), builtin]);
  }

  private readonly resources = new Map<string, SchemaBlock>();
  private readonly dataSources = new Map<string, SchemaBlock>();
  private readonly providers = new Map<string, SchemaBlock>();

  constructor(schemaDocuments: ReadonlyArray<{ provider_schemas: Record<string, ProviderSchema> }>) {
    for (const doc of schemaDocuments) {
      for (const [source, schema] of Object.entries(doc.provider_schemas)) {
        const name = source.split('/').pop()!;
        if (schema.provider) this.providers.set(name, schema.provider.block);
        for (const [type, s] of Object.entries(schema.resource_schemas ?? {})) this.resources.set(type, s.block);
        for (const [type, s] of Object.entries(schema.data_source_schemas ?? {})) this.dataSources.set(type, s.block);
      }
    }
  }

  /** Every violation in a synthesized stack (the parsed `cdk.tf.json`); empty when the stack is valid. */
  public validate(stack: any): SchemaViolation[] {
    const out: SchemaViolation[] = [];
    for (const [type, byName] of Object.entries<Record<string, unknown>>(stack.resource ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        const block = this.resources.get(type);
        if (!block) out.push({ address: `resource.${type}.${name}`, message: `no provider schema knows the resource type "${type}"` });
        else this.checkBlock(`resource.${type}.${name}`, body, block, RESOURCE_META, out);
      }
    }
    for (const [type, byName] of Object.entries<Record<string, unknown>>(stack.data ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        const block = this.dataSources.get(type);
        if (!block) out.push({ address: `data.${type}.${name}`, message: `no provider schema knows the data source "${type}"` });
        else this.checkBlock(`data.${type}.${name}`, body, block, DATA_META, out);
      }
    }
    for (const [name, configs] of Object.entries<unknown>(stack.provider ?? {})) {
      const block = this.providers.get(name);
      if (!block) {
        out.push({ address: `provider.${name}`, message: `no provider schema for provider "${name}"` });
        continue;
      }
      (Array.isArray(configs) ? configs : [configs]).forEach((c, i) => this.checkBlock(`provider.${name}[${i}]`, c, block, PROVIDER_META, out));
    }
    return out;
  }

  /** Throws with every violation listed, for tests. */
  public assertValid(stack: any): void {
    const violations = this.validate(stack);
    if (violations.length > 0) {
      throw new Error(`schema violations:\n${violations.map((v) => `  ${v.address}: ${v.message}`).join('\n')}`);
    }
  }

  private checkBlock(address: string, body: unknown, block: SchemaBlock, meta: Set<string>, out: SchemaViolation[]): void {
    if (!isPlainObject(body)) {
      out.push({ address, message: `expected a block (JSON object), got ${JSON.stringify(body)}` });
      return;
    }
    const attributes = block.attributes ?? {};
    const blockTypes = block.block_types ?? {};
    if ('depends_on' in body) this.checkDependsOn(`${address}.depends_on`, body.depends_on, out);
    for (const [key, value] of Object.entries(body)) {
      if (meta.has(key)) continue;
      if (key === 'dynamic' && isPlainObject(value)) {
        this.checkDynamicBlocks(`${address}.dynamic`, value, blockTypes, out);
        continue;
      }
      const at = `${address}.${key}`;
      const attribute = attributes[key];
      const blockType = blockTypes[key];
      if (attribute) {
        if (attribute.computed && !attribute.optional && !attribute.required) {
          out.push({ address: at, message: 'is read-only (computed); it cannot be set' });
        } else if (attribute.type !== undefined && !isExpression(value) && !this.matchesType(value, attribute.type)) {
          const kind = isPlainObject(value) || (Array.isArray(value) && value.some(isPlainObject)) ? 'a block or object' : JSON.stringify(value);
          out.push({ address: at, message: `is an attribute of type ${JSON.stringify(attribute.type)}, got ${kind}` });
        }
      } else if (blockType) {
        this.checkNestedBlock(at, value, blockType, out);
      } else {
        out.push({ address: at, message: `unknown attribute or block "${key}"` });
      }
    }
    for (const [key, attribute] of Object.entries(attributes)) {
      if (attribute.required && !(key in body)) out.push({ address: `${address}.${key}`, message: 'required attribute is missing' });
    }
    for (const [key, blockType] of Object.entries(blockTypes)) {
      const viaDynamic = isPlainObject(body.dynamic) && key in body.dynamic;
      if ((blockType.min_items ?? 0) > 0 && !(key in body) && !viaDynamic) {
        out.push({ address: `${address}.${key}`, message: `required block is missing (min_items ${blockType.min_items})` });
      }
    }
  }

  /** Terraform wants bare references (`oci_kms_key.k`), not `${...}` templates, in depends_on. */
  private checkDependsOn(address: string, dependsOn: unknown, out: SchemaViolation[]): void {
    if (!Array.isArray(dependsOn)) {
      out.push({ address, message: 'must be a list of references' });
      return;
    }
    dependsOn.forEach((d, i) => {
      if (typeof d !== 'string' || !/^(data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+$|^module\.[A-Za-z0-9_-]+$/.test(d)) {
        out.push({ address: `${address}[${i}]`, message: `${JSON.stringify(d)} is not a single static reference such as "oci_kms_key.key"` });
      }
    });
  }

  /** `dynamic "<block>" { for_each, iterator, content }` expands to blocks of that type. */
  private checkDynamicBlocks(address: string, dynamics: Record<string, unknown>, blockTypes: Record<string, SchemaBlockType>, out: SchemaViolation[]): void {
    for (const [name, spec] of Object.entries(dynamics)) {
      const blockType = blockTypes[name];
      if (!blockType) {
        out.push({ address: `${address}.${name}`, message: `dynamic block of unknown block type "${name}"` });
      } else if (!isPlainObject(spec) || !('for_each' in spec) || !isPlainObject(spec.content)) {
        out.push({ address: `${address}.${name}`, message: 'a dynamic block needs for_each and a content block' });
      } else {
        this.checkBlock(`${address}.${name}.content`, spec.content, blockType.block, new Set(['//']), out);
      }
    }
  }

  private checkNestedBlock(address: string, value: unknown, blockType: SchemaBlockType, out: SchemaViolation[]): void {
    if (isExpression(value)) return;
    if (blockType.nesting_mode === 'map') {
      if (!isPlainObject(value)) out.push({ address, message: 'expected a map of blocks' });
      else for (const [k, v] of Object.entries(value)) this.checkBlock(`${address}.${k}`, v, blockType.block, new Set(['//']), out);
      return;
    }
    if (!isPlainObject(value) && !Array.isArray(value)) {
      out.push({ address, message: `is a block, got the attribute value ${JSON.stringify(value)}` });
      return;
    }
    const items = Array.isArray(value) ? value : [value];
    if (blockType.nesting_mode === 'single' && items.length > 1) out.push({ address, message: 'is a single block, got several' });
    if (blockType.max_items !== undefined && items.length > blockType.max_items) {
      out.push({ address, message: `has ${items.length} blocks, at most ${blockType.max_items} allowed` });
    }
    if (blockType.min_items !== undefined && items.length < blockType.min_items) {
      out.push({ address, message: `has ${items.length} blocks, at least ${blockType.min_items} required` });
    }
    items.forEach((item, i) => {
      const at = items.length > 1 || Array.isArray(value) ? `${address}[${i}]` : address;
      if (!isPlainObject(item)) out.push({ address: at, message: `is a block, got ${JSON.stringify(item)}` });
      else this.checkBlock(at, item, blockType.block, new Set(['//']), out);
    });
  }

  private matchesType(value: unknown, type: CtyType): boolean {
    if (value === null || isExpression(value)) return true;
    if (typeof type === 'string') {
      switch (type) {
        case 'string': return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
        case 'number': return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !isNaN(Number(value)));
        case 'bool': return typeof value === 'boolean' || value === 'true' || value === 'false';
        default: return true; // dynamic
      }
    }
    const [kind, inner] = type;
    switch (kind) {
      case 'list':
      case 'set':
        return Array.isArray(value) && value.every((v) => this.matchesType(v, inner as CtyType));
      case 'map':
        return isPlainObject(value) && Object.values(value).every((v) => this.matchesType(v, inner as CtyType));
      case 'object': {
        if (!isPlainObject(value)) return false;
        const fields = inner as Record<string, CtyType>;
        return Object.entries(value).every(([k, v]) => k in fields && this.matchesType(v, fields[k]));
      }
      case 'tuple':
        return Array.isArray(value) && value.length === (inner as CtyType[]).length
          && value.every((v, i) => this.matchesType(v, (inner as CtyType[])[i]));
      default:
        return true;
    }
  }
}
