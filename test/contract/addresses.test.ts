/**
 * Resource addresses are a contract with every deployed cluster: when a refactor changes the Terraform address of
 * a resource (its construct id or path), `terraform apply` destroys the old resource and creates a new one. For a
 * cluster, a Vault key or a bucket that is an outage or data loss. This test records the addresses of every
 * example app's stacks in example-addresses.json and fails when one disappears or changes, so such a change is
 * made deliberately: with a `moved` block (cdktf: `resource.moveFromId(...)` / `moveTo(...)`) or a CHANGELOG note.
 */
import * as fs from 'fs';
import * as path from 'path';
import { addressesOf, ROOT, synthApp } from '../support';

const FILE = path.join(__dirname, 'example-addresses.json');
const UPDATE = 'UPDATE_ADDRESSES=1 npx jest test/contract';
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((name) => fs.existsSync(path.join(ROOT, 'examples', name, 'main.ts'))).sort();

type Recorded = Record<string, Record<string, string[]>>; // example -> stack -> addresses

function current(): Recorded {
  const out: Recorded = {};
  for (const name of EXAMPLES) {
     
    const app = synthApp(require(path.join(ROOT, 'examples', name, 'main')).buildExampleApp);
    try {
      out[name] = Object.fromEntries(app.stacks.map((s) => [s.name, addressesOf(s.json)]));
    } finally {
      app.cleanup();
    }
  }
  return out;
}

/** Human-readable differences; destructive ones first. */
export function compareAddresses(recorded: Recorded, now: Recorded): { destructive: string[]; added: string[] } {
  const destructive: string[] = [];
  const added: string[] = [];
  for (const example of Object.keys(recorded).sort()) {
    for (const stack of Object.keys(recorded[example]).sort()) {
      const before = recorded[example][stack];
      const after = now[example]?.[stack];
      if (!after) {
        destructive.push(`examples/${example}: stack "${stack}" is gone: Terraform would destroy all ${before.length} of its resources`);
        continue;
      }
      const fresh = after.filter((a) => !before.includes(a));
      for (const address of before.filter((a) => !after.includes(a))) {
        const type = address.replace(/\.[^.]+$/, '');
        const candidates = fresh.filter((a) => a.startsWith(`${type}.`));
        const what = address.startsWith('data.') ? `data source ${address} disappeared` : `would destroy and recreate ${address}`;
        const hint = candidates.length > 0 ? ` (renamed to ${candidates.join(' or ')}? then add a moved block from ${address})` : '';
        destructive.push(`examples/${example}, stack ${stack}: ${what}${hint}`);
      }
      for (const address of fresh) added.push(`examples/${example}, stack ${stack}: ${address}`);
    }
    for (const stack of Object.keys(now[example] ?? {}).filter((s) => !(s in recorded[example]))) {
      added.push(`examples/${example}: new stack "${stack}" (${now[example][stack].length} addresses)`);
    }
  }
  for (const example of Object.keys(now).filter((e) => !(e in recorded))) {
    added.push(`examples/${example}: new example, not recorded yet`);
  }
  return { destructive, added };
}

describe('resource addresses of the examples (upgrade safety)', () => {
  const now = current();

  test('no recorded address disappears or changes, and every address is recorded', () => {
    if (process.env.UPDATE_ADDRESSES === '1') {
      fs.writeFileSync(FILE, JSON.stringify(now, null, 2) + '\n');
      return;
    }
    if (!fs.existsSync(FILE)) throw new Error(`${path.relative(ROOT, FILE)} is missing: create it with \`${UPDATE}\` and commit it`);
    const recorded: Recorded = JSON.parse(fs.readFileSync(FILE, 'utf8'));
    const { destructive, added } = compareAddresses(recorded, now);
    if (destructive.length > 0) {
      throw new Error([
        `${destructive.length} resource address(es) of the examples changed. On a deployed cluster Terraform ${destructive.length === 1 ? 'would' : 'would'} destroy and recreate:`,
        ...destructive.map((d) => `  - ${d}`),
        'If that is not intended, restore the construct ids. If it is, add a moved block (cdktf: moveFromId/moveTo) or a CHANGELOG note,',
        `and update the file with \`${UPDATE}\`.`,
      ].join('\n'));
    }
    if (added.length > 0) {
      throw new Error([
        `${added.length} new address(es) not recorded yet (harmless for deployed clusters, but the contract must list them):`,
        ...added.map((d) => `  - ${d}`),
        `Record them with \`${UPDATE}\` and commit test/contract/example-addresses.json.`,
      ].join('\n'));
    }
  });

  test('the comparison catches a removed address, a rename and a lost stack', () => {
    const recorded: Recorded = { ex: { prod: ['oci_kms_key.prod_keys_secrets_ABCD1234', 'oci_core_vcn.prod_vcn_11111111'], k8s: ['kubernetes_manifest.ns'] } };
    const renamed: Recorded = { ex: { prod: ['oci_kms_key.prod_encryption_secrets_EEEE0000', 'oci_core_vcn.prod_vcn_11111111'] } };
    const { destructive, added } = compareAddresses(recorded, renamed);
    expect(destructive).toEqual([
      'examples/ex: stack "k8s" is gone: Terraform would destroy all 1 of its resources',
      'examples/ex, stack prod: would destroy and recreate oci_kms_key.prod_keys_secrets_ABCD1234 (renamed to oci_kms_key.prod_encryption_secrets_EEEE0000? then add a moved block from oci_kms_key.prod_keys_secrets_ABCD1234)',
    ]);
    expect(added).toEqual(['examples/ex, stack prod: oci_kms_key.prod_encryption_secrets_EEEE0000']);
    expect(compareAddresses(recorded, recorded)).toEqual({ destructive: [], added: [] });
  });

  test('the example holds the resources whose loss would hurt most', () => {
    const all = Object.values(now['hardened-cluster'] ?? {}).flat();
    for (const type of ['oci_containerengine_cluster', 'oci_kms_vault', 'oci_kms_key', 'oci_core_vcn', 'oci_containerengine_node_pool']) {
      expect({ type, recorded: all.some((a) => a.startsWith(`${type}.`)) }).toEqual({ type, recorded: true });
    }
  });
});
