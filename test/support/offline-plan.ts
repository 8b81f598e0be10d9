import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './index';

const ROOT = path.join(__dirname, '..', '..');

/** Whether a terraform CLI is on PATH (tests of real plans are skipped without one; npm test never needs it). */
export const HAS_TERRAFORM = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

/**
 * Runs tools/tfcheck --plan on a synthesized stack with stand-in data-source answers; returns its summary line and
 * the messages of the failing lifecycle conditions, sorted and unique.
 */
export function offlinePlan(json: any, answers: object): { last: string; messages: string[] } {
  const dir = tempDir('oke-plan-');
  try {
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(json));
    fs.writeFileSync(path.join(dir, 'answers.json'), JSON.stringify(answers));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'tools', 'tfcheck', 'tfcheck.mjs'), path.join(dir, 'cdk.tf.json'), '--plan',
      '--schema', path.join(ROOT, 'schema', 'oracle-oci-8.28.0.min.json'), '--data', path.join(dir, 'answers.json')], { encoding: 'utf8' });
    const lines = (r.stdout + r.stderr).split('\n');
    const messages = lines.flatMap((l, i) => (/Error: Resource (pre|post)condition failed/.test(l) ? [lines[i + 1].trim()] : []));
    return { last: lines.filter((l) => l.startsWith('tfcheck: validate')).pop() ?? lines.slice(-30).join('\n'), messages: [...new Set(messages)].sort() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
