/**
 * Terraform 1.5 compatibility lint for the synthesized JSON of an ORM stack. Resource Manager runs Terraform 1.5.x
 * (CLI 1.5.7) at the newest ("Supported Terraform Versions",
 * https://docs.oracle.com/iaas/Content/ResourceManager/Reference/terraformversions.htm), and no 1.5 binary is at
 * hand offline, so the language features added after 1.5 are refused here, each with the release that added it
 * (hashicorp/terraform CHANGELOG.md of that release, https://github.com/hashicorp/terraform/blob/main/CHANGELOG.md
 * and the v1.x branches' CHANGELOG.md):
 *
 * - 1.7.0: `removed` blocks; `for_each` in `import` blocks (`import` itself and `check` blocks are 1.5.0).
 * - 1.8.0: provider-defined functions (`provider::<name>::<function>`).
 * - 1.9.0: input variable validation rules referring to other objects than the variable; `templatestring`.
 * - 1.10.0: ephemeral resources (`ephemeral` blocks), ephemeral input variables and outputs, `ephemeralasnull`.
 * - 1.11.0: write-only arguments (`*_wo`, set with `*_wo_version`).
 *
 * Also refused in an ORM stack: a `backend` or `cloud` block (ORM owns the state) and `oci` provider arguments
 * other than `region` and `alias` ("In Resource Manager, `region` is the only required field": Terraform
 * Configurations for Resource Manager, https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/terraformconfigresourcemanager.htm;
 * ORM authenticates the job itself, so a key file or profile would point at a file that is not on the ORM host).
 * `terraform_data` (1.4), `moved` (1.1), `nullable` (1.1), `optional()` attributes (1.3) are allowed.
 */

/** One post-1.5 (or ORM-incompatible) construct found in the JSON. */
export interface Terraform15Problem {
  /** JSON path of the construct, e.g. `variable.x.validation[0].condition`. */
  readonly path: string;
  readonly problem: string;
}

const TOP_LEVEL_15 = new Set(['//', 'terraform', 'provider', 'resource', 'data', 'module', 'output', 'variable', 'locals', 'moved', 'check', 'import']);
const NEWER_TOP_LEVEL: Record<string, string> = {
  removed: '`removed` blocks are Terraform 1.7',
  ephemeral: 'ephemeral resources are Terraform 1.10',
};
const NEWER_FUNCTIONS: Record<string, string> = {
  templatestring: 'the templatestring function is Terraform 1.9',
  ephemeralasnull: 'the ephemeralasnull function is Terraform 1.10',
};
const OCI_PROVIDER_ARGS = new Set(['region', 'alias']);

function walkStrings(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== '//') walkStrings(v, path ? `${path}.${k}` : k, visit);
  }
}

function walkKeys(value: unknown, path: string, visit: (key: string, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => walkKeys(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      visit(k, p);
      walkKeys(v, p, visit);
    }
  }
}

const asList = (v: unknown): any[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Every construct of the synthesized stack `json` that Terraform 1.5.7 or ORM would not accept. */
export function lintTerraform15(json: any): Terraform15Problem[] {
  const problems: Terraform15Problem[] = [];
  for (const key of Object.keys(json ?? {})) {
    if (NEWER_TOP_LEVEL[key]) problems.push({ path: key, problem: NEWER_TOP_LEVEL[key] });
    else if (!TOP_LEVEL_15.has(key)) problems.push({ path: key, problem: `"${key}" is not a Terraform 1.5 top-level block` });
  }
  if (json?.terraform?.backend) problems.push({ path: 'terraform.backend', problem: 'a backend block: Resource Manager owns the state of its stacks' });
  if (json?.terraform?.cloud) problems.push({ path: 'terraform.cloud', problem: 'a cloud block: Resource Manager owns the state of its stacks' });
  asList(json?.import).forEach((block, i) => {
    if (block && typeof block === 'object' && 'for_each' in block) problems.push({ path: `import[${i}].for_each`, problem: '`for_each` in an import block is Terraform 1.7' });
  });
  asList(json?.provider?.oci).forEach((p, i) => {
    for (const arg of Object.keys(p ?? {})) {
      if (!OCI_PROVIDER_ARGS.has(arg)) problems.push({ path: `provider.oci[${i}].${arg}`, problem: `oci provider argument "${arg}": in Resource Manager the provider takes region (and alias) only; ORM authenticates the job` });
    }
  });
  for (const [name, v] of Object.entries<any>(json?.variable ?? {})) {
    if (v?.ephemeral !== undefined) problems.push({ path: `variable.${name}.ephemeral`, problem: 'ephemeral input variables are Terraform 1.10' });
    asList(v?.validation).forEach((rule, i) => {
      walkStrings({ condition: rule?.condition, error_message: rule?.error_message }, '', (text, p) => {
        const refs = [...text.matchAll(/\b(var|local|data|module|resource)\.([A-Za-z_][A-Za-z0-9_-]*)/g)];
        if (refs.some((m) => !(m[1] === 'var' && m[2] === name))) {
          problems.push({ path: `variable.${name}.validation[${i}].${p}`, problem: 'a variable validation referring to other objects than the variable is Terraform 1.9' });
        }
      });
    });
  }
  for (const [name, o] of Object.entries<any>(json?.output ?? {})) {
    if (o?.ephemeral !== undefined) problems.push({ path: `output.${name}.ephemeral`, problem: 'ephemeral outputs are Terraform 1.10' });
  }
  for (const [type, byName] of Object.entries<any>(json?.resource ?? {})) {
    for (const [name, body] of Object.entries<any>(byName ?? {})) {
      walkKeys(body, `resource.${type}.${name}`, (key, p) => {
        if (/_wo(_version)?$/.test(key)) problems.push({ path: p, problem: `write-only argument "${key}": write-only arguments are Terraform 1.11` });
      });
    }
  }
  walkStrings(json, '', (text, p) => {
    if (!text.includes('${') && !text.includes('%{')) return;
    if (/provider::/.test(text)) problems.push({ path: p, problem: 'provider-defined functions (provider::) are Terraform 1.8' });
    for (const [fn, why] of Object.entries(NEWER_FUNCTIONS)) {
      if (new RegExp(`\\b${fn}\\s*\\(`).test(text)) problems.push({ path: p, problem: why });
    }
  });
  return problems;
}

/** jsii surface of {@link lintTerraform15}. */
export class Terraform15Lint {
  /** Every construct of a synthesized stack's JSON that Terraform 1.5.7 or Resource Manager would not accept. */
  public static check(json: any): Terraform15Problem[] {
    return lintTerraform15(json);
  }

  private constructor() {}
}
