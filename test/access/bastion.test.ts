import { Bastion } from '../../lib/access/bastion';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { newStack, synthValid, resourcesOf, OCIDS } from '../support';

function synthBastion(props: Partial<ConstructorParameters<typeof Bastion>[2]> = {}) {
  const stack = newStack();
  new Bastion(stack, 'bastion', { compartmentId: OCIDS.compartment, clusterName: 'prod', targetSubnetId: OCIDS.subnet('bastion'), clientCidrs: ['203.0.113.0/24'], ...props });
  return synthValid(stack);
}

describe('Bastion', () => {
  test('is the standard OCI Bastion service targeting a private subnet, with an allow-list and a one-hour TTL', () => {
    const bastions = Object.values(resourcesOf(synthBastion(), 'oci_bastion_bastion'));
    expect(bastions).toHaveLength(1);
    const b = bastions[0];
    expect(b.bastion_type).toBe('STANDARD');
    expect(b.target_subnet_id).toBe(OCIDS.subnet('bastion'));
    expect(b.client_cidr_block_allow_list).toEqual(['203.0.113.0/24']);
    expect(b.max_session_ttl_in_seconds).toBe(3600);
    expect(b.name).toMatch(/^[A-Za-z0-9]+$/);
  });

  test('accepts a TTL up to three hours', () => {
    const b = Object.values(resourcesOf(synthBastion({ maxSessionTtlSeconds: 10800 }), 'oci_bastion_bastion'))[0];
    expect(b.max_session_ttl_in_seconds).toBe(10800);
  });

  test.each([
    [{ clientCidrs: [] }, 'clientCidrs'],
    [{ clientCidrs: ['0.0.0.0/0'] }, 'clientCidrs[0]'],
    [{ clientCidrs: ['203.0.113.0/24', '10.0.0.300/24'] }, 'clientCidrs[1]'],
    [{ maxSessionTtlSeconds: 10801 }, 'maxSessionTtlSeconds'],
    [{ maxSessionTtlSeconds: 60 }, 'maxSessionTtlSeconds'],
    [{ targetSubnetId: 'ocid1.vcn.oc1..aaaa' }, 'targetSubnetId'],
  ])('refuses %j naming %s', (props, property) => {
    let error: unknown;
    try { synthBastion(props as any); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(HardenedOkeValidationError);
    expect((error as HardenedOkeValidationError).property).toBe(property);
  });
});
