/**
 * `cdktf-hardened-oke/oci`: the oracle/oci provider and the resource bindings the library generates from its
 * committed schema (`schema/oracle-oci-8.28.0.min.json`). The provider class is exported by name; every resource
 * and data source is a namespace named after its type (`containerengineCluster.ContainerengineCluster`,
 * `coreVcn.CoreVcn`, ...), the same objects as the `oci` namespace of the package root.
 *   import { OciProvider } from 'cdktf-hardened-oke/oci';
 * Loading this entry point loads every binding; `cdktf-hardened-oke/lib/generated/providers/oci/<name>/index.js`
 * loads one (faster start-up), and resolves under every moduleResolution because the path is complete.
 */
export * from './generated/providers/oci';
export { OciProvider } from './generated/providers/oci/provider';
export type { OciProviderConfig } from './generated/providers/oci/provider';
