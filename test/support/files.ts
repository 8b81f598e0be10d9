/** Paths and temporary folders shared by the tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file under `dir` (absolute paths), sorted; none when it does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  }).sort();
}

/**
 * `node` arguments and environment that run TypeScript on ts-node as the repository's scripts do (the one runner,
 * configured in tsconfig.dev.json): `execFileSync(process.execPath, [...TS_NODE.args, file], { env: TS_NODE.env() })`.
 */
export const TS_NODE = {
  args: ['-r', require.resolve('ts-node/register')],
  // DISABLE_V8_COMPILE_CACHE: ts-node's v8-compile-cache-lib would otherwise write its cache into TMPDIR.
  env: (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json'), DISABLE_V8_COMPILE_CACHE: '1', ...extra,
  }),
};
