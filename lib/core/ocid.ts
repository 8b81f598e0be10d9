import { Token } from 'cdktf';
import { HardenedOkeValidationError } from './errors';

// ocid1.<resource type>.<realm>.[region][.future use].<unique id>
const OCID_PATTERN = /^ocid1\.([a-z0-9]+)\.([a-z0-9-]+)\.([a-z0-9-]*)(\.[a-z0-9-]+)?\.([a-z0-9]+)$/;

/** Resource-type words of the OCIDs the library accepts, keyed by what the prop holds. */
export const OCID_TYPES = {
  compartment: ['compartment', 'tenancy'],
  tenancy: ['tenancy'],
  key: ['key'],
  vault: ['vault'],
  vcn: ['vcn'],
  subnet: ['subnet'],
  nsg: ['networksecuritygroup'],
  group: ['group'],
  image: ['image'],
  bucket: ['bucket'],
  stream: ['stream'],
  cluster: ['cluster'],
  dynamicGroup: ['dynamicgroup'],
  loggroup: ['loggroup'],
  onsTopic: ['onstopic'],
  vaultSecret: ['vaultsecret'],
  mountTarget: ['mounttarget'],
  capacityReservation: ['capacityreservation'],
} as const;

export type OcidKind = keyof typeof OCID_TYPES;

/** The resource-type word of an OCID, or undefined when the string is not an OCID. */
export function ocidType(value: string): string | undefined {
  const m = OCID_PATTERN.exec(value);
  return m ? m[1] : undefined;
}

/**
 * Throws unless `value` is an OCID of the expected kind. Unresolved tokens (references to resources in the
 * same app) are accepted: their value is only known at plan time.
 */
export function requireOcid(property: string, value: string | undefined, kind: OcidKind): void {
  if (value === undefined || value === '') {
    throw new HardenedOkeValidationError(property, 'is required', `set it to the OCID of the ${kind}`);
  }
  if (Token.isUnresolved(value)) return;
  const type = ocidType(value);
  const allowed: readonly string[] = OCID_TYPES[kind];
  if (!type || !allowed.includes(type)) {
    throw new HardenedOkeValidationError(property, `"${value}" is not a ${kind} OCID`,
      `use an OCID of the form ocid1.${allowed[0]}.oc1..<unique id> (copy it from the OCI console or CLI)`);
  }
}
