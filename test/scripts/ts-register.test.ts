/**
 * scripts/ts-register.js (what `npm run synth` and cdktf.json run): a repeated run takes transpiled files from its
 * cache, an edited source is transpiled again, and OKE_TS_CACHE=0 bypasses the cache.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/files';

const CACHE = path.join(ROOT, 'node_modules', '.cache', 'cdktf-hardened-oke', 'ts-register');
const REGISTER = path.join(ROOT, 'scripts', 'ts-register.js');

describe('ts-register transpile cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oke-ts-register-'));
  const source = path.join(dir, 'answer.ts');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (env: NodeJS.ProcessEnv = {}) => execFileSync(process.execPath,
    ['-r', REGISTER, '-e', `console.log(require(${JSON.stringify(source)}).answer)`], { encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  const cacheFiles = () => (fs.existsSync(CACHE) ? fs.readdirSync(CACHE) : []);

  test('stores a transpiled file once, reads it back, and transpiles an edited source again', () => {
    fs.writeFileSync(source, `export const answer: number = 41 + 1; // ${process.pid}-${Date.now()}\n`);
    const before = new Set(cacheFiles());
    expect(run()).toBe('42');
    const added = cacheFiles().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);

    // Plant a marker in the cached file: the next run must execute the cached code, not transpile again.
    const cached = path.join(CACHE, added[0]);
    fs.writeFileSync(cached, fs.readFileSync(cached, 'utf8').replace('41 + 1', '"from cache"'));
    expect(run()).toBe('from cache');
    expect(run({ OKE_TS_CACHE: '0' })).toBe('42');

    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace('41 + 1', '40 + 3'));
    expect(run()).toBe('43');
    fs.rmSync(cached);
  });
});
