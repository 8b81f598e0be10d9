import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listFiles, ROOT } from '../support/files';

// Generating 46 bindings takes 10-25 s on a loaded 2-core machine; jest's 5 s default is not a speed target here.
jest.setTimeout(120_000);

const { generate } = require('../../scripts/generate-providers.js');

describe('generated OCI bindings', () => {
  test('are exactly what the committed schema generates', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-bindings-'));
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await generate(out);
    } finally {
      log.mockRestore();
    }
    const committedRoot = path.join(ROOT, 'lib', 'generated', 'providers');
    const freshRoot = path.join(out, 'providers');
    const committed = listFiles(committedRoot).filter((f) => /\.(ts|md)$/.test(f) && !f.endsWith('.d.ts')).map((f) => path.relative(committedRoot, f));
    const fresh = listFiles(freshRoot).map((f) => path.relative(freshRoot, f));
    expect(committed).toEqual(fresh);
    const stale = fresh.filter((f) => fs.readFileSync(path.join(freshRoot, f), 'utf8') !== fs.readFileSync(path.join(committedRoot, f), 'utf8'));
    expect(stale).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('pin the oracle/oci provider to ~> 8.28', () => {
    const provider = fs.readFileSync(path.join(ROOT, 'lib/generated/providers/oci/provider/index.ts'), 'utf8');
    expect(provider).toContain("providerVersionConstraint: '~> 8.28'");
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdktf.json'), 'utf8'));
    expect(cdktfJson.terraformProviders).toEqual(['oracle/oci@~> 8.28']);
  });
});
