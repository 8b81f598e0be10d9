import { appInputs } from '../../lib/compliance/app-model';
import { evaluate } from '../../lib/compliance/engine';
import { buildModel } from '../../lib/compliance/model';
import { externalResources } from '../../lib/compliance/not-judged';
import Ajv from 'ajv';
import { reportJson, reportMarkdown } from '../../lib/compliance/report';
import { synthSummary } from '../../lib/compliance/synth-summary';
import { normalizedWaivers } from '../../lib/compliance/waivers';
import { buildCluster, OCIDS } from '../support';

const byo = {
  vcnId: OCIDS.vcn, vcnCidr: '10.20.0.0/16', bastionSubnetCidr: '10.20.1.0/28',
  subnetIds: { apiEndpoint: OCIDS.subnet('api'), workers: OCIDS.subnet('workers'), pods: OCIDS.subnet('pods'), loadBalancers: OCIDS.subnet('lb'), bastion: OCIDS.subnet('bastion') },
};

function evaluation(overrides: any) {
  const { stack } = buildCluster(overrides);
  const app = stack.node.root as any;
  return evaluate(buildModel(appInputs(app)), normalizedWaivers(app));
}

describe('bring-your-own resources the controls could not judge', () => {
  test('an existing VCN and its subnets are named in the synth summary and the report, not only counted as "not applicable"', () => {
    const e = evaluation({ network: { existingVcn: byo } });
    const external = externalResources(e.model);
    expect(external.map((r) => r.ocid)).toEqual(expect.arrayContaining([OCIDS.vcn, OCIDS.subnet('api'), OCIDS.subnet('workers'), OCIDS.subnet('pods'), OCIDS.subnet('lb')]));
    expect(external.find((r) => r.ocid === OCIDS.vcn)).toMatchObject({ kind: 'vcn' });
    expect(external.find((r) => r.ocid === OCIDS.vcn)!.referencedBy.length).toBeGreaterThan(0);
    // Compartments, tenancies and groups are not resources the catalog judges.
    expect(external.some((r) => r.ocid === OCIDS.compartment || r.ocid === OCIDS.tenancy)).toBe(false);
    const summary = synthSummary(e, 'report.md').join('\n');
    expect(summary).toMatch(/cdktf-hardened-oke: not judged: \d+ subnet, 1 vcn used by OCID but created outside this app/);
    const md = reportMarkdown(e);
    expect(md).toContain('## Not judged');
    expect(md).toContain(`| \`${OCIDS.vcn}\` | vcn |`);
  });

  test('hardening-report.json lists them too (machine readers see what no control judged), and matches its schema', () => {
    const e = evaluation({ network: { existingVcn: byo } });
    const json = JSON.parse(JSON.stringify(reportJson(e)));
    expect(json.notJudged).toEqual(externalResources(e.model).map((r) => ({ ocid: r.ocid, kind: r.kind, referencedBy: r.referencedBy })));
    expect(json.notJudged.find((r: any) => r.ocid === OCIDS.subnet('workers'))).toMatchObject({ kind: 'subnet' });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(require('../../lib/compliance/hardening-report.schema.json'));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    const { notJudged: _dropped, ...withoutField } = json;
    expect(validate(withoutField)).toBe(false); // the field is required, so readers can rely on it
  });

  test('an app that creates its network has nothing "not judged"', () => {
    const e = evaluation({});
    expect(externalResources(e.model)).toEqual([]);
    expect(synthSummary(e, 'report.md').join('\n')).not.toMatch(/not judged/);
    expect(reportMarkdown(e)).not.toContain('## Not judged');
    expect(reportJson(e).notJudged).toEqual([]);
  });
});
