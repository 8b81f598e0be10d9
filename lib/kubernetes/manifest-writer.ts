import * as fs from 'fs';
import * as path from 'path';
import { HelmReleaseSpec } from './kubernetes-baseline-props';
import { K8sObject, manifestFileName } from './private/manifest-order';
import { yamlDocument } from './private/yaml-document';
import { YamlVariable, isSubstituted, variablesMarkdown } from './yaml-variables';

/** Subfolder of the GitOps output for objects that carry `${VARIABLE}` placeholders. */
export const SUBSTITUTE_DIR = 'substitute';

/** What {@link writeManifestFiles} writes: the baseline's objects, variables and Helm pins. */
export interface ManifestFilesInput {
  readonly clusterName: string;
  /** Objects in apply order. */
  readonly objects: readonly K8sObject[];
  /** Each token a prop carries, mapped to its `${VARIABLE}` name. */
  readonly tokenVariables: ReadonlyMap<string, string>;
  readonly yamlVariableDetails: readonly YamlVariable[];
  readonly helmReleases: readonly HelmReleaseSpec[];
}

/** Tokens mean nothing in YAML: replace each with its `${VARIABLE}`. */
function substituteTokens(value: unknown, tokenVariables: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const [token, variable] of tokenVariables) out = out.split(token).join('${' + variable + '}');
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => substituteTokens(v, tokenVariables));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteTokens(v, tokenVariables)]));
  }
  return value;
}

/**
 * Writes the GitOps folder (see KubernetesBaseline.writeManifests): numbered YAML files, `substitute/` for objects
 * with placeholders plus its VARIABLES.md, and `helm/<release>/` pins. Files of an earlier synth are removed first.
 */
export function writeManifestFiles(dir: string, input: ManifestFilesInput): string[] {
  const { objects } = input;
  const variables = [...input.tokenVariables.values()];
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (/^\d+-[a-z]+-.+\.yaml$/.test(f)) fs.rmSync(path.join(dir, f));
  fs.rmSync(path.join(dir, SUBSTITUTE_DIR), { recursive: true, force: true });
  const names = objects.map((obj, i) => {
    const rendered = substituteTokens(obj, input.tokenVariables);
    const name = manifestFileName(i, objects.length, obj);
    // A placeholder must never be applied as a value: such objects live apart from the plain manifests.
    const relative = isSubstituted(rendered, variables) ? `${SUBSTITUTE_DIR}/${name}` : name;
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), yamlDocument(rendered));
    return relative;
  });
  if (input.yamlVariableDetails.length > 0) {
    fs.mkdirSync(path.join(dir, SUBSTITUTE_DIR), { recursive: true });
    fs.writeFileSync(path.join(dir, SUBSTITUTE_DIR, 'VARIABLES.md'), variablesMarkdown(input.clusterName, input.yamlVariableDetails));
  }
  // Helm releases go to a subfolder (kubectl apply -f <dir> does not recurse): a GitOps tool installs the chart
  // at the pinned version with these values after the numbered manifests (the CNI namespace comes first).
  fs.rmSync(path.join(dir, 'helm'), { recursive: true, force: true });
  for (const r of input.helmReleases) {
    const releaseDir = path.join(dir, 'helm', r.name);
    fs.mkdirSync(releaseDir, { recursive: true });
    fs.writeFileSync(path.join(releaseDir, 'values.yaml'), r.valuesYaml);
    const { valuesYaml: _, ...pin } = r;
    fs.writeFileSync(path.join(releaseDir, 'release.json'), JSON.stringify(pin, undefined, 2) + '\n');
  }
  return names;
}
