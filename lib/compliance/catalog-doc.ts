import { CATALOG } from './catalog/catalog';
import { GROUP_ORDER } from './catalog/types';

const HEADER = `# Hardening control catalog

Generated from \`lib/compliance/catalog\` (do not edit by hand: \`test/compliance/catalog-doc.test.ts\` fails when
this file and the catalog differ; regenerate with \`UPDATE_CONTROLS_DOC=1 npx jest test/compliance/catalog-doc.test.ts\`).

Every control reads only the synthesized output (\`cdk.tf.json\` of every stack, \`kubernetes_manifest\` objects and the
YAML manifests), so it judges hand-written resources, overrides and escape hatches exactly like the library's own.

## Where the references come from

- **NSA/CISA**: section and subsection titles of the NSA/CISA *Kubernetes Hardening Guidance* v1.2 (August 2022).
- **Checkov**: check ids read from the check sources in \`bridgecrewio/checkov\`
  (\`checkov/terraform/checks/resource/oci/*.py\`, \`checkov/kubernetes/checks/resource/k8s/*.py\`). Checkov's OCI
  checks target \`oci_core_instance\`, \`oci_core_security_list\` and \`oci_objectstorage_bucket\`; where we cite one for
  a node pool (CKV_OCI_4, CKV_OCI_5) it is the equivalent instance-level check. The NSG port-22 check is not cited:
  its id differs between Checkov versions (CKV_OCI_22 / CKV_OCI_24).
- **Kubescape**: control ids from the control files in \`kubescape/regolibrary\` (\`controls/C-00xx-*.json\`).
- **CIS OKE Benchmark**: recommendation ids of the CIS Oracle Cloud Infrastructure Container Engine for Kubernetes
  (OKE) Benchmark v1.8.0, read from a public repository that reproduces its recommendations one per file
  (ids with their titles). Only recommendations whose id and title we read are cited; controls without a CIS OKE
  counterpart (most OCI network, logging and data-protection controls belong to the CIS OCI Foundations Benchmark)
  leave the column empty.
`;

/** The anchor of a control's row in CONTROLS.md (SARIF rules link to it as their help URI). */
export function controlAnchor(id: string): string {
  return id.toLowerCase();
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The catalog as a Markdown document (CONTROLS.md). */
export function catalogMarkdown(): string {
  const out = [HEADER];
  for (const group of GROUP_ORDER) {
    const controls = CATALOG.filter((c) => c.group === group);
    out.push(`## ${group} (${controls.length})`, '', '| id | severity | control | NSA/CISA v1.2 | CIS OKE v1.8.0 | Checkov | Kubescape | fix |', '|---|---|---|---|---|---|---|---|');
    for (const c of controls) {
      out.push(`| <a id="${controlAnchor(c.id)}"></a>${c.id} | ${c.severity} | ${cell(c.title)} | ${cell(c.references.nsaCisa ?? '')} | ${c.references.cisOke ?? ''} | ${(c.references.checkov ?? []).join(', ')} | ${(c.references.kubescape ?? []).join(', ')} | ${cell(c.fix)} |`);
    }
    out.push('');
  }
  out.push(`${CATALOG.length} controls.`, '');
  return out.join('\n');
}
