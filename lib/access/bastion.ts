import { Construct } from 'constructs';
import { BastionBastion } from '../generated/providers/oci/bastion-bastion';
import { HardenedOkeValidationError } from '../core/errors';
import { requireAllowList } from '../core/cidr';
import { requireOcid } from '../core/ocid';
import { libraryTags } from '../core/tags';
import { BASTION_SESSION_TTL } from '../core/limits';

const MIN_SESSION_TTL_SECONDS = BASTION_SESSION_TTL.minSeconds;
const MAX_SESSION_TTL_SECONDS = BASTION_SESSION_TTL.maxSeconds;
/** Session length when none is given: one hour (short sessions limit stolen credentials). */
const DEFAULT_SESSION_TTL_SECONDS = BASTION_SESSION_TTL.defaultSeconds;

/** What users choose about the bastion (HardenedCluster's `bastion`). */
export interface BastionOptions {
  /**
   * CIDR blocks administrators open sessions from. Required: there is no default; blocks that cover the internet
   * or a large share of it (shorter than /8, or more than one /8 together, e.g. 0.0.0.0/1 + 128.0.0.0/1) are refused.
   */
  readonly clientCidrs: string[];
  /**
   * Longest session the bastion grants, in seconds (30 minutes to 3 hours).
   * @default 3600
   * @see https://docs.oracle.com/en-us/iaas/tools/terraform-provider-oci/latest/docs/r/bastion_bastion.html
   */
  readonly maxSessionTtlSeconds?: number;
}

export interface BastionProps extends BastionOptions {
  /** Compartment of the bastion. */
  readonly compartmentId: string;
  /** Cluster name; the bastion's name derives from it. */
  readonly clusterName: string;
  /** The private subnet the bastion reaches into (the API endpoint's or a dedicated bastion subnet). */
  readonly targetSubnetId: string;
}

/**
 * The OCI Bastion service (not a VM to patch) in front of the private API endpoint: standard type, a client
 * allow-list, and short sessions. Administrators open a port-forwarding session to the endpoint and run
 * kubectl through it (see the README).
 */
export class Bastion extends Construct {
  /** The bastion resource. */
  public readonly resource: BastionBastion;
  /** OCID of the bastion. */
  public readonly bastionId: string;
  /** Longest session the bastion grants, in seconds (the resolved `maxSessionTtlSeconds`). */
  public readonly maxSessionTtlSeconds: number;

  constructor(scope: Construct, id: string, props: BastionProps) {
    super(scope, id);
    requireOcid('compartmentId', props.compartmentId, 'compartment');
    requireOcid('targetSubnetId', props.targetSubnetId, 'subnet');
    requireAllowList('clientCidrs', props.clientCidrs ?? []);
    this.maxSessionTtlSeconds = props.maxSessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS;
    const ttl = this.maxSessionTtlSeconds;
    if (!Number.isInteger(ttl) || ttl < MIN_SESSION_TTL_SECONDS || ttl > MAX_SESSION_TTL_SECONDS) {
      throw new HardenedOkeValidationError('maxSessionTtlSeconds', `${ttl} seconds is outside the allowed range`,
        `use ${MIN_SESSION_TTL_SECONDS} to ${MAX_SESSION_TTL_SECONDS} seconds (short sessions limit stolen credentials); the default is ${DEFAULT_SESSION_TTL_SECONDS}`);
    }

    this.resource = new BastionBastion(this, 'bastion', {
      compartmentId: props.compartmentId,
      bastionType: 'STANDARD',
      name: bastionName(props.clusterName),
      targetSubnetId: props.targetSubnetId,
      clientCidrBlockAllowList: [...props.clientCidrs].sort(),
      maxSessionTtlInSeconds: ttl,
      freeformTags: libraryTags(props.clusterName, 'bastion'),
    });
    this.bastionId = this.resource.id;
  }
}

/** Bastion names allow letters, digits, and no dashes or spaces. */
function bastionName(clusterName: string): string {
  return `${clusterName.replace(/[^A-Za-z0-9]/g, '')}bastion`.slice(0, 255);
}
