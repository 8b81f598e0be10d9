import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { ManifestInput, StackInput } from './model';

/** Bad audit input (missing directory, not a cdktf output, unreadable JSON/YAML): a one-line message. */
export class AuditInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditInputError';
  }
}

export interface LoadedOutput {
  readonly stacks: StackInput[];
  readonly manifests: ManifestInput[];
  /** Stack name -> path of its cdk.tf.json relative to the output directory (for SARIF locations). */
  readonly stackFiles: Record<string, string>;
}

function readJson(file: string, what: string): any {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AuditInputError(`cannot read ${what} ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AuditInputError(`${what} ${file} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

function manifestFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...manifestFiles(full));
    else if (/\.(ya?ml|json)$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Reads a cdktf output directory: manifest.json, every stack's cdk.tf.json and `manifests/**` YAML. */
export function loadCdktfOut(outdir: string): LoadedOutput {
  if (!fs.existsSync(outdir)) throw new AuditInputError(`${outdir}: no such directory`);
  if (!fs.statSync(outdir).isDirectory()) throw new AuditInputError(`${outdir} is not a directory`);
  const manifestPath = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) throw new AuditInputError(`${outdir} is not a cdktf output: manifest.json is missing (run cdktf synth or npm run synth first)`);
  const manifest = readJson(manifestPath, 'cdktf manifest');
  if (!manifest || typeof manifest.stacks !== 'object' || manifest.stacks === null) throw new AuditInputError(`${manifestPath} is not a cdktf manifest: it has no "stacks"`);
  const stacks: StackInput[] = [];
  const stackFiles: Record<string, string> = {};
  for (const name of Object.keys(manifest.stacks).sort()) {
    const rel = manifest.stacks[name]?.synthesizedStackPath;
    if (typeof rel !== 'string') throw new AuditInputError(`${manifestPath}: stack "${name}" has no synthesizedStackPath`);
    const file = path.join(outdir, rel);
    stacks.push({ name, json: readJson(file, `stack "${name}"`) });
    stackFiles[name] = rel.split(path.sep).join('/');
  }
  const manifests: ManifestInput[] = [];
  const files = manifestFiles(path.join(outdir, 'manifests'));
  for (const file of files) {
    const rel = path.relative(outdir, file).split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    if (/\.json$/i.test(file)) {
      const parsed = readJson(file, 'manifest');
      manifests.push({ file: rel, objects: Array.isArray(parsed) ? parsed : [parsed] });
      continue;
    }
    const docs = parseAllDocuments(text);
    const objects: unknown[] = [];
    for (const d of docs) {
      if (d.errors && d.errors.length) throw new AuditInputError(`manifest ${file} is not valid YAML: ${d.errors[0].message.split('\n')[0]}`);
      const o = d.toJSON();
      if (o !== null && o !== undefined) objects.push(o);
    }
    manifests.push({ file: rel, objects });
  }
  return { stacks, manifests, stackFiles };
}
