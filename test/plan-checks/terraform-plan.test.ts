/**
 * The plan-time conditions judged by real Terraform (tools/tfcheck, offline, stand-in provider answering from a
 * stand-in tenancy): where what the cluster brings is right the plan succeeds; where the checked facts are wrong,
 * every condition fails with its own message. Needs a terraform CLI; without one it is skipped (npm test never
 * needs Terraform), as `npm run check:terraform` is.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HAS_TERRAFORM, offlinePlan } from '../support/offline-plan';
import { BringYourOwnStack, BYO_CLUSTER_PROPS } from '../../examples/bring-your-own/main';
import { BROUGHT_RESOURCE_CHECKS } from '../../lib/core/brought-resources';
import type { HardenedClusterProps } from '../../lib/hardened-cluster';
import { buildCluster, synthValid, Testing } from '../support';
import { BRING_EVERYTHING_VARIANTS, BYO_ALL, conditionsOf, readsAny } from './brought-inputs';
import { standInTenancy } from './stand-in-tenancy';

const ROOT = path.join(__dirname, '..', '..');
const hasTerraform = HAS_TERRAFORM;
const plan = offlinePlan;
const READ_TYPES = [...new Set(BROUGHT_RESOURCE_CHECKS.flatMap((e) => e.reads))];
/** The stand-in tenancy of the bring-your-own example, for `npm run check:terraform -- cdktf.out --data <it>`. */
const BYO_TENANCY = path.join(ROOT, 'examples', 'bring-your-own', 'stand-in-tenancy.json');


/** The messages of every condition on a brought resource. */
function broughtMessages(json: any): string[] {
  return [...new Set(conditionsOf(json).filter((c) => readsAny(c, READ_TYPES)).map((c) => c.message))].sort();
}

type Subject = [string, any, HardenedClusterProps, Record<string, string>];

test('the example\'s committed stand-in tenancy is the right tenancy of its props', () => {
  expect(JSON.parse(fs.readFileSync(BYO_TENANCY, 'utf8'))).toEqual(JSON.parse(JSON.stringify(standInTenancy(BYO_CLUSTER_PROPS, 'right'))));
});

(hasTerraform ? describe : describe.skip)('plan-time conditions under terraform plan', () => {
  const subjects: Subject[] = [
    ['the bring-your-own example', JSON.parse(Testing.synth(new BringYourOwnStack(Testing.app(), 'byo'))), BYO_CLUSTER_PROPS, {}],
    ...BRING_EVERYTHING_VARIANTS.map((props, i): Subject => [`a cluster bringing everything (variant ${i})`, synthValid(buildCluster(props).stack), props,
      { [props.network!.existingVcn!.subnetIds.workers]: BYO_ALL.workersCidr }]),
  ];

  test.each(subjects)('%s: plans in a tenancy where what it brings is right', (_name, json, props, cidrs) => {
    expect(plan(json, standInTenancy(props, 'right', cidrs))).toEqual({ last: expect.stringMatching(/validate ok plan ok/), messages: [] });
  });

  test('a first deploy judges the node image at plan: with no matching image OKE offers, the plan fails naming imageId', () => {
    const [, json, props, cidrs] = subjects[1];
    const { oci_containerengine_node_pool_option: _images, ...noImages } = standInTenancy(props, 'right', cidrs);
    const r = plan(json, noImages);
    expect(r.last).toMatch(/validate ok plan 1 errors/);
    expect(r.messages).toEqual([expect.stringMatching(/^nodePools\[0\]\.imageId: node pool system: OKE offers no OKE Oracle Linux 8 x86_64 image for Kubernetes v1\.33\.1 /)]);
  });

  test('a capacity reservation of the pool\'s shape in one fault domain only fails the plan: the pool\'s placement names none', () => {
    const [, json, props, cidrs] = subjects[1];
    const answers = standInTenancy(props, 'right', cidrs);
    const reservation = answers.oci_core_compute_capacity_reservation[0].values as { instance_reservation_configs: Array<Record<string, string>> };
    reservation.instance_reservation_configs = [{ instance_shape: props.nodePools[0].shape, fault_domain: 'FAULT-DOMAIN-2' }];
    expect(plan(json, answers).messages).toEqual([
      expect.stringMatching(/^nodePools\[0\]\.capacityReservations\[0\]\.capacityReservationId: the capacity reservation has no VM\.Standard\.E5\.Flex capacity for all fault domains, /),
    ]);
  });

  test('every condition of a cluster bringing everything fails, by its own message, where its fact is wrong', () => {
    const expected = [...new Set(subjects.slice(1).flatMap(([, json]) => broughtMessages(json)))].sort();
    expect(expected.length).toBeGreaterThan(30);
    const failed = subjects.slice(1).flatMap(([, json, props, cidrs]) => (['wrong', props.encryption?.existingKeys ? 'placement' : 'vault-type'] as const)
      .flatMap((mode) => {
        const r = plan(json, standInTenancy(props, mode, cidrs));
        expect(r.messages.length).toBeGreaterThan(0);
        return r.messages;
      }));
    expect([...new Set(failed)].sort()).toEqual(expected);
  });
});
