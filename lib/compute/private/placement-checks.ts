/**
 * Plan-time checks of where a node pool places its nodes: the availability domains the plan reads, and the brought
 * capacity reservations (`capacityReservations`), which synth cannot see.
 *
 * Oracle, "Using Capacity Reservations to Provision Managed Nodes": "the capacity reservation must already exist" and
 * the "node shape, availability domain, and fault domain in the node pool's placement configuration [must] match the
 * capacity reservation's instance type, availability domain, and fault domain".
 * @see https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengmakingcapacityreservations.htm
 * The pool's placement names no fault domain (OCI spreads the nodes), so only a capacity configuration without one
 * matches it: Compute, "Capacity Reservations": "The instance being created must have the same availability domain,
 * shape, and fault domain as one of the capacity configurations in the reservation"; the API's
 * InstanceReservationConfig.faultDomain: "If a value is not supplied, this capacity configuration is applicable to all
 * fault domains in the specified availability domain" (the console's "First available").
 * @see https://docs.oracle.com/en-us/iaas/Content/Compute/Tasks/reserve-capacity.htm
 * @see https://docs.oracle.com/en-us/iaas/api/#/en/iaas/20160918/datatypes/InstanceReservationConfig
 * Lifecycle states of a reservation (ACTIVE, CREATING, UPDATING, MOVING, DELETING, DELETED):
 * @see https://docs.oracle.com/en-us/iaas/tools/python/latest/api/core/models/oci.core.models.ComputeCapacityReservation.html
 */
import { Precondition } from 'cdktf';
import { Construct } from 'constructs';
import { hclOperand, planCondition } from '../../core/plan-checks';
import { DataOciCoreComputeCapacityReservation } from '../../generated/providers/oci/data-oci-core-compute-capacity-reservation';
import { DataOciIdentityAvailabilityDomains } from '../../generated/providers/oci/data-oci-identity-availability-domains';
import type { CapacityReservationPlacement } from '../node-pool-user-data';

/** Preconditions of the node pool: the region has availability domains, and each reservation fits its placement. */
export function placementConditions(scope: Construct, ads: DataOciIdentityAvailabilityDomains, shape: string,
  reservations: readonly CapacityReservationPlacement[] | undefined): Precondition[] {
  const adNames = `[for ad in ${ads.fqn}.availability_domains : ad.name]`;
  // Without reservations the pool places one entry per availability domain read here: none would leave it empty.
  const conditions = [planCondition(`length(${ads.fqn}.availability_domains) > 0`, 'availabilityDomains',
    'the plan read no availability domain for the cluster\'s compartment, so the pool would have no placement',
    'check the provider\'s region and that the compartment exists (`oci iam availability-domain list`)')];
  (reservations ?? []).forEach((r, i) => {
    const prop = `capacityReservations[${i}]`;
    const reservation = new DataOciCoreComputeCapacityReservation(scope, `capacity-reservation-${i}`, { capacityReservationId: r.capacityReservationId });
    const res = reservation.fqn;
    conditions.push(
      planCondition(`contains(${adNames}, ${hclOperand(r.availabilityDomain)})`, `${prop}.availabilityDomain`,
        `${r.availabilityDomain} is not an availability domain of the region`, 'use a name `oci iam availability-domain list` prints'),
      planCondition(`${res}.availability_domain == ${hclOperand(r.availabilityDomain)}`, `${prop}.availabilityDomain`,
        `is not the availability domain of reservation ${r.capacityReservationId}`, 'give the reservation\'s availability domain'),
      planCondition(`${res}.state == "ACTIVE"`, `${prop}.capacityReservationId`, 'the capacity reservation is not ACTIVE', 'give an active reservation'),
      planCondition(`contains([for c in ${res}.instance_reservation_configs : c.instance_shape], ${hclOperand(shape)})`, `${prop}.capacityReservationId`,
        `the capacity reservation reserves no ${shape} capacity (the pool's shape)`, 'give a reservation with a configuration for the pool\'s shape'),
      planCondition(`contains([for c in ${res}.instance_reservation_configs : c.instance_shape if c.fault_domain == null || c.fault_domain == ""], ${hclOperand(shape)})`,
        `${prop}.capacityReservationId`,
        `the capacity reservation has no ${shape} capacity for all fault domains, and the pool's placement names no fault domain, so its nodes need a configuration without one`,
        'give a reservation whose configuration for the pool\'s shape names no fault domain ("First available" in the console)'),
    );
  });
  return conditions;
}
