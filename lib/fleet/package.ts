/**
 * `fleet package`: one zip per ORM stack of a synthesized app. Resource Manager wants the configuration at the root of
 * the zip ("The working directory must contain at least one .tf file. The working directory cannot contain a
 * .terraform directory"; no state file: "Terraform Configurations for Resource Manager", File Structure,
 * https://docs.oracle.com/iaas/Content/ResourceManager/Concepts/terraformconfigresourcemanager.htm), so each zip holds
 * the stack's `cdk.tf.json` at its root plus a comment-only `orm.tf`.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
// jszip is a CommonJS module (module.exports = JSZip).
// eslint-disable-next-line @typescript-eslint/no-require-imports
import JSZip = require('jszip');
import { compareStrings } from '../core/ordering';
import { lintTerraform15 } from './terraform15-lint';
import { readResourceManagerMarker } from './resource-manager-marker';

/** One ORM stack of the synthesized app. */
export interface FleetStack {
  readonly name: string;
  readonly cluster: string;
  readonly role: 'infrastructure' | 'kubernetes';
  readonly region: string;
  readonly compartmentId: string;
  /** Terraform variable → stack whose OCID it takes. */
  readonly stackVariables: Record<string, string>;
  /** Stacks applied before this one (from cdktf's manifest and the stack variables). */
  readonly dependsOn: string[];
  /** Folder of the synthesized stack. */
  readonly dir: string;
}

export interface PackagedStack extends FleetStack {
  readonly zipFile: string;
  /** sha256 of the packaged files (names and contents): a changed configuration has another hash. */
  readonly configHash: string;
  readonly zipBytes: number;
}

export const ORM_STUB_FILE = 'orm.tf';
const STUB = '# Resource Manager needs at least one .tf file at the root of the configuration; the stack is cdk.tf.json,\n'
  + '# synthesized by cdktf-hardened-oke (Terraform 1.5 language, no backend block: Resource Manager owns the state).\n';
// A fixed date keeps the zips byte-identical from one packaging to the next.
const ZIP_DATE = new Date('1980-01-01T00:00:00Z');

export class FleetInputError extends Error {}

/** The ORM stacks of a cdktf output folder, dependencies first. */
export function readFleet(outdir: string): FleetStack[] {
  const manifestFile = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new FleetInputError(`${manifestFile} is missing: synthesize the app first (npm run synth / cdktf synth)`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const stacks: FleetStack[] = [];
  for (const [name, entry] of Object.entries<any>(manifest.stacks ?? {})) {
    const file = path.join(outdir, entry.synthesizedStackPath);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const marker = readResourceManagerMarker(json);
    if (!marker) continue;
    if (!marker.cluster || !marker.role || !marker.region || !marker.compartmentId) {
      throw new FleetInputError(`stack ${name}: its Resource Manager record is incomplete; synthesize it with the Fleet construct or HardenedCluster resourceManager`);
    }
    const variables = marker.stackVariables ?? {};
    stacks.push({
      name, cluster: marker.cluster, role: marker.role, region: marker.region, compartmentId: marker.compartmentId,
      stackVariables: variables,
      dependsOn: [...new Set([...(entry.dependencies ?? []), ...Object.values(variables)])].sort(),
      dir: path.dirname(file),
    });
  }
  if (stacks.length === 0) throw new FleetInputError(`${outdir} has no Resource Manager stack: use the Fleet construct or HardenedCluster's resourceManager option`);
  const names = new Set(stacks.map((s) => s.name));
  for (const s of stacks) {
    for (const d of s.dependsOn) if (!names.has(d)) throw new FleetInputError(`stack ${s.name} depends on ${d}, which is not a Resource Manager stack of this app`);
  }
  return topological(stacks);
}

function topological(stacks: FleetStack[]): FleetStack[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const out: FleetStack[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: FleetStack): void => {
    if (state.get(s.name) === 'done') return;
    if (state.get(s.name) === 'visiting') throw new FleetInputError(`stack ${s.name} is part of a dependency cycle`);
    state.set(s.name, 'visiting');
    s.dependsOn.forEach((d) => visit(byName.get(d)!));
    state.set(s.name, 'done');
    out.push(s);
  };
  [...stacks].sort((a, b) => compareStrings(a.name, b.name)).forEach(visit);
  return out;
}

/** Files of the stack folder that go into the zip: no state, no .terraform, nothing from a local run. */
function stackFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === '.terraform' || /\.tfstate(\.backup)?$/.test(entry.name) || entry.name === '.terraform.lock.hcl' || entry.name === 'plan') continue;
    if (entry.isDirectory()) out.push(...stackFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** Zips every ORM stack of `outdir` into `destDir/<stack>.zip` and writes `destDir/fleet.json`. */
export async function packageFleet(outdir: string, destDir: string): Promise<PackagedStack[]> {
  const stacks = readFleet(outdir);
  fs.mkdirSync(destDir, { recursive: true });
  const packaged: PackagedStack[] = [];
  for (const s of stacks) {
    const json = JSON.parse(fs.readFileSync(path.join(s.dir, 'cdk.tf.json'), 'utf8'));
    const problems = lintTerraform15(json);
    if (problems.length > 0) throw new FleetInputError(`stack ${s.name} is not a Terraform 1.5 Resource Manager stack: ${problems.map((p) => `${p.path}: ${p.problem}`).join('; ')}`);
    const files = stackFiles(s.dir);
    if (files.includes(ORM_STUB_FILE)) throw new FleetInputError(`stack ${s.name} already has a file ${ORM_STUB_FILE}`);
    const zip = new JSZip();
    const hash = crypto.createHash('sha256');
    const add = (name: string, content: Buffer): void => {
      zip.file(name, content, { date: ZIP_DATE, createFolders: false });
      hash.update(`${name}\0${content.length}\0`).update(content);
    };
    for (const f of files) add(f, fs.readFileSync(path.join(s.dir, f)));
    add(ORM_STUB_FILE, Buffer.from(STUB));
    const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
    const zipFile = path.join(destDir, `${s.name}.zip`);
    fs.writeFileSync(zipFile, data);
    packaged.push({ ...s, zipFile, configHash: hash.digest('hex'), zipBytes: data.length });
  }
  const plan = packaged.map(({ dir: _dir, ...rest }) => ({ ...rest, zipFile: path.basename(rest.zipFile) }));
  fs.writeFileSync(path.join(destDir, 'fleet.json'), JSON.stringify({ version: 1, stacks: plan }, null, 2) + '\n');
  return packaged;
}
