import * as fs from 'fs';
import * as path from 'path';
import { buildExampleApp } from '../../examples/bring-your-own/main';
import { BROUGHT_INPUTS_NOT_READ, BROUGHT_RESOURCE_CHECKS } from '../../lib/core/brought-resources';
import { buildCluster, synthApp, synthValid } from '../support';
import { BRING_EVERYTHING_VARIANTS, conditionsOf, entryOf, inputPattern, PlanCondition, readsAny } from './brought-inputs';

const READ_TYPES = [...new Set(BROUGHT_RESOURCE_CHECKS.flatMap((e) => e.reads))];
const MESSAGE = /^[a-zA-Z.[\]0-9]+: .+\. Fix: .+/;

/** Conditions that read a brought resource (a data source type of the table). */
function broughtConditions(json: any): PlanCondition[] {
  return conditionsOf(json).filter((c) => readsAny(c, READ_TYPES));
}

describe('every brought-resource input has a plan-time check (BROUGHT_RESOURCE_CHECKS)', () => {
  const everything = BRING_EVERYTHING_VARIANTS.flatMap((props) => broughtConditions(synthValid(buildCluster(props).stack)));

  test.each(BROUGHT_RESOURCE_CHECKS.map((e) => [e.input, e] as const))('%s: a condition named after it reads what the table says', (_input, entry) => {
    const mine = everything.filter((c) => inputPattern(entry.input).test(c.message));
    expect(mine.length).toBeGreaterThan(0);
    for (const c of mine) {
      expect(readsAny(c, entry.reads)).toBe(true);
      expect(c.message).toMatch(MESSAGE);
    }
    // Each fact the table names is compared by one of them.
    for (const fact of entry.facts) expect(mine.some((c) => c.condition.includes(fact))).toBe(true);
  });

  test('no condition on a brought resource is missing from the table', () => {
    const unlisted = everything.filter((c) => entryOf(c.message) === undefined).map((c) => c.message);
    expect(unlisted).toEqual([]);
  });

  test('the bring-your-own example carries the check of each input it sets', () => {
    const app = synthApp(buildExampleApp);
    try {
      const infra = app.stacks.find((s) => s.name === 'byo')!.json;
      const found = broughtConditions(infra);
      const inputs = new Set(found.map((c) => entryOf(c.message)?.input));
      expect([...inputs].sort()).toEqual([
        'encryption.existingKeys.secretsKeyId', 'encryption.existingKeys.volumesKeyId',
        'encryption.existingVault.managementEndpoint', 'encryption.existingVault.vaultId', 'encryption.keysCompartmentId',
        'network.existingVcn.bastionSubnetCidr', 'network.existingVcn.subnetIds.apiEndpoint', 'network.existingVcn.subnetIds.bastion',
        'network.existingVcn.subnetIds.loadBalancers', 'network.existingVcn.subnetIds.pods', 'network.existingVcn.subnetIds.workers',
        'network.existingVcn.vcnCidr', 'network.existingVcn.vcnId',
        'nodePools[].availabilityDomains',
        'supplyChain.signing.existingKeyIds[]', 'supplyChain.signing.keysCompartmentId',
      ].sort());
      // Subnet privacy is a precondition of the NSG that uses the subnet, not only a read.
      for (const role of ['apiEndpoint', 'workers', 'pods', 'loadBalancers', 'bastion']) {
        expect(found).toContainEqual(expect.objectContaining({
          kind: 'precondition', type: 'oci_core_network_security_group',
          condition: expect.stringMatching(/^\$\{data\.oci_core_subnet\.[^.]+\.prohibit_public_ip_on_vnic\}$/),
          message: expect.stringMatching(new RegExp(`^network\\.existingVcn\\.subnetIds\\.${role}: the subnet is public`)),
        }));
      }
    } finally {
      app.cleanup();
    }
  });

  test('a cluster that brings nothing reads nothing brought: only its node pools\' availability domains are checked', () => {
    const found = broughtConditions(synthValid(buildCluster().stack));
    expect([...new Set(found.map((c) => entryOf(c.message)?.input))]).toEqual(['nodePools[].availabilityDomains']);
  });

  test('the README lists every input of the table', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.split('### What the plan checks about what you bring')[1]?.split(/\n#{2,3} /)[0] ?? '';
    for (const e of BROUGHT_RESOURCE_CHECKS) expect(section).toContain(`| \`${e.input}\``);
    // Each input the plan does not read (or reads only with more input) is listed with the table's reason.
    for (const n of BROUGHT_INPUTS_NOT_READ) expect(section).toContain(`- \`${n.input}\`: ${n.reason}`);
  });
});
