import { Token } from 'cdktf';
import { HardenedOkeValidationError } from './errors';

/** One OCI region: identifier, region key (OCIR host prefix, lowercased) and realm. */
export interface OciRegion {
  readonly identifier: string;
  /** Three-letter region key, e.g. FRA; OCIR is `<key lowercased>.ocir.io`. */
  readonly key: string;
  /** Realm key, e.g. OC1 (commercial). */
  readonly realm: string;
}

/**
 * The commercial regions, from Oracle's "Regions and Availability Domains" page (table "regions in the Oracle Cloud
 * Infrastructure commercial realms": Region Identifier, Region Key, Realm Key; page updated 2025-03-11).
 * Government, dedicated and newer regions are not listed: pass `allowUnknownRegion` for them.
 */
const REGIONS: readonly OciRegion[] = ([
  ['ap-sydney-1', 'SYD'], ['ap-melbourne-1', 'MEL'], ['sa-saopaulo-1', 'GRU'], ['sa-vinhedo-1', 'VCP'],
  ['ca-montreal-1', 'YUL'], ['ca-toronto-1', 'YYZ'], ['sa-santiago-1', 'SCL'], ['sa-valparaiso-1', 'VAP'],
  ['sa-bogota-1', 'BOG'], ['eu-paris-1', 'CDG'], ['eu-marseille-1', 'MRS'], ['eu-frankfurt-1', 'FRA'],
  ['ap-hyderabad-1', 'HYD'], ['ap-mumbai-1', 'BOM'], ['il-jerusalem-1', 'MTZ'], ['eu-milan-1', 'LIN'],
  ['ap-osaka-1', 'KIX'], ['ap-tokyo-1', 'NRT'], ['mx-queretaro-1', 'QRO'], ['mx-monterrey-1', 'MTY'],
  ['eu-amsterdam-1', 'AMS'], ['me-riyadh-1', 'RUH'], ['me-jeddah-1', 'JED'], ['eu-jovanovac-1', 'BEG', 'OC20'],
  ['ap-singapore-1', 'SIN'], ['ap-singapore-2', 'XSP'], ['af-johannesburg-1', 'JNB'], ['ap-seoul-1', 'ICN'],
  ['ap-chuncheon-1', 'YNY'], ['eu-madrid-1', 'MAD'], ['eu-stockholm-1', 'ARN'], ['eu-zurich-1', 'ZRH'],
  ['me-abudhabi-1', 'AUH'], ['me-dubai-1', 'DXB'], ['uk-london-1', 'LHR'], ['uk-cardiff-1', 'CWL'],
  ['us-ashburn-1', 'IAD'], ['us-chicago-1', 'ORD'], ['us-phoenix-1', 'PHX'], ['us-sanjose-1', 'SJC'],
] as const).map(([identifier, key, realm]: readonly string[]) => ({ identifier, key, realm: realm ?? 'OC1' }));

/** The shape of a region identifier (`<area>-<city>-<n>`, e.g. eu-frankfurt-1, us-langley-1). */
const REGION_PATTERN = /^[a-z]{2,}-[a-z]+-\d+$/;

/** True for a Terraform token or a string with a region identifier's shape (table membership not required). */
export function isRegionShaped(region: unknown): boolean {
  return typeof region === 'string' && (Token.isUnresolved(region) || REGION_PATTERN.test(region));
}

/** Region identifiers the library knows. */
export const KNOWN_REGIONS: readonly string[] = REGIONS.map((r) => r.identifier);

export function regionInfo(identifier: string): OciRegion | undefined {
  return REGIONS.find((r) => r.identifier === identifier);
}

/** OCIR host of a known region, e.g. `fra.ocir.io` for eu-frankfurt-1 (region key lowercased). */
export function ocirHost(identifier: string): string | undefined {
  const r = regionInfo(identifier);
  return r && r.realm === 'OC1' ? `${r.key.toLowerCase()}.ocir.io` : undefined;
}

/**
 * The one region rule: `region` must be a region identifier from the table above, or (with `allowUnknown`) at
 * least have a region identifier's shape. A Terraform token is refused unless `allowToken` (where the value only
 * flows into a provider block); elsewhere the region picks service principals and endpoints at synth.
 */
export function requireRegion(property: string, region: unknown, options: { allowUnknown?: boolean; allowToken?: boolean } = {}): string {
  if (typeof region !== 'string' || region.length === 0) {
    throw new HardenedOkeValidationError(property, 'is required', 'set the region identifier, e.g. eu-frankfurt-1');
  }
  if (Token.isUnresolved(region)) {
    if (options.allowToken) return region;
    throw new HardenedOkeValidationError(property, 'must be known at synth (it is a Terraform token)', 'pass the region identifier as a plain string, e.g. eu-frankfurt-1');
  }
  if (!REGION_PATTERN.test(region)) {
    throw new HardenedOkeValidationError(property, `"${region}" is not an OCI region identifier`, 'use the region identifier, e.g. eu-frankfurt-1 (not the region key FRA or the name "Germany Central")');
  }
  if (!options.allowUnknown && !regionInfo(region)) {
    throw new HardenedOkeValidationError(property, `"${region}" is not a region the library knows`,
      'check the spelling against Oracle\'s "Regions and Availability Domains" page; for a government, dedicated or new region set allowUnknownRegion: true');
  }
  return region;
}
