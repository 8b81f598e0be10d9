/** Freeform tag keys the library puts on every resource it creates, so owners and auditors can find them. */
export const TAG_MANAGED_BY = 'managed-by';
export const TAG_CLUSTER = 'oke-cluster';
export const TAG_COMPONENT = 'component';
export const LIBRARY_NAME = 'cdktf-hardened-oke';

export function libraryTags(clusterName: string, component: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, [TAG_MANAGED_BY]: LIBRARY_NAME, [TAG_CLUSTER]: clusterName, [TAG_COMPONENT]: component };
}
