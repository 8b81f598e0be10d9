import {
  comparisonsOf, parsePolicyStatement, PolicyParseError, validatePolicyStatement, isVariableOf, RESOURCE_TYPES, PRINCIPAL_TYPES,
} from '../../lib/core/iam-policy';

const C = 'ocid1.compartment.oc1..aaaaaaaac';

describe('parsePolicyStatement', () => {
  test('reads subject, verb, resource type, location and a single condition', () => {
    const s = parsePolicyStatement(`Allow group id ocid1.group.oc1..g to use clusters in compartment id ${C} where target.cluster.id = 'ocid1.cluster.oc1..k'`);
    expect(s).toEqual({
      kind: 'allow',
      subject: { kind: 'group', byId: true, names: ['ocid1.group.oc1..g'] },
      verb: 'use', permissions: undefined, resourceType: 'clusters',
      location: { kind: 'compartment', byId: true, value: C },
      condition: { kind: 'comparison', variable: 'target.cluster.id', operator: '=', values: ['ocid1.cluster.oc1..k'], quoted: [true] },
    });
  });

  test('keywords are case-insensitive and any/all nest', () => {
    const s = parsePolicyStatement("ALLOW Any-User TO Manage Objects IN Compartment Apps WHERE ALL {request.principal.type='serviceconnector', ANY {target.bucket.name = 'a', target.bucket.name = 'b'}}");
    if (s.kind !== 'allow') throw new Error('not allow');
    expect(s.subject).toEqual({ kind: 'any-user' });
    expect(s.verb).toBe('manage');
    expect(s.resourceType).toBe('objects');
    expect(s.location).toEqual({ kind: 'compartment', byId: false, value: 'Apps' });
    expect(s.condition?.kind).toBe('all');
    const all = s.condition as any;
    expect(all.conditions[1].kind).toBe('any');
    expect(comparisonsOf(s.condition).map((c) => c.values[0])).toEqual(['serviceconnector', 'a', 'b']);
  });

  test('Terraform interpolations are opaque, even with braces and spaces inside', () => {
    const s = parsePolicyStatement("Allow dynamic-group id ${oci_identity_dynamic_group.w.id} to use log-content in compartment id ${var.c} where all {target.compartment.id = '${lookup({a = 1}, \"a\")}'}");
    if (s.kind !== 'allow') throw new Error('not allow');
    expect(s.subject).toEqual({ kind: 'dynamic-group', byId: true, names: ['${oci_identity_dynamic_group.w.id}'] });
    expect(s.location).toEqual({ kind: 'compartment', byId: true, value: '${var.c}' });
    expect(comparisonsOf(s.condition)[0].values).toEqual(['${lookup({a = 1}, "a")}']);
  });

  test('service subjects, several groups, tenancy, permission lists, between and variable-to-variable comparisons', () => {
    const svc = parsePolicyStatement('Allow service objectstorage-eu-frankfurt-1, blockstorage to use keys in tenancy');
    expect(svc).toMatchObject({ subject: { kind: 'service', names: ['objectstorage-eu-frankfurt-1', 'blockstorage'] }, location: { kind: 'tenancy' } });
    expect(parsePolicyStatement('Allow group A, group B to read metrics in tenancy')).toMatchObject({ subject: { kind: 'group', byId: false, names: ['A', 'B'] } });
    expect(parsePolicyStatement('Allow any-group to {CLUSTER_READ, CLUSTER_USE} clusters in tenancy')).toMatchObject({ verb: undefined, permissions: ['CLUSTER_READ', 'CLUSTER_USE'] });
    const time = parsePolicyStatement("Allow group A to use clusters in tenancy where request.utc-timestamp.time-of-day between '01:00:00Z' and '02:00:00Z'");
    expect(comparisonsOf((time as any).condition)[0]).toMatchObject({ operator: 'between', values: ['01:00:00Z', '02:00:00Z'] });
    const v2v = parsePolicyStatement("Allow any-user to use keys in tenancy where all {request.principal.type = 'cluster', request.principal.compartment.id = target.compartment.id}");
    expect(comparisonsOf((v2v as any).condition)[1]).toMatchObject({ values: ['target.compartment.id'], quoted: [false] });
    expect(parsePolicyStatement('Define tenancy Acme as ocid1.tenancy.oc1..a')).toEqual({ kind: 'define' });
  });

  test.each([
    ['no Allow', 'Permit group A to use clusters in tenancy'],
    ['no location', 'Allow group A to use clusters'],
    ['a bad location', 'Allow group A to use clusters in the compartment'],
    ['a bad subject', 'Allow user bob to use clusters in tenancy'],
    ['a list of conditions without any/all', "Allow group A to use clusters in tenancy where target.cluster.id = 'a', target.cluster.id = 'b'"],
    ['an unclosed group', "Allow group A to use clusters in tenancy where all {target.cluster.id = 'a'"],
    ['a condition without operator', 'Allow group A to use clusters in tenancy where target.cluster.id'],
    ['an unterminated quote', "Allow group A to use clusters in tenancy where target.cluster.id = 'a"],
    ['an unterminated interpolation', 'Allow group id ${var.g to use clusters in tenancy'],
  ])('refuses %s', (_, statement) => {
    expect(() => parsePolicyStatement(statement)).toThrow(PolicyParseError);
  });
});

describe('validatePolicyStatement', () => {
  test.each([
    `Allow group id G to use bastion in compartment id ${C} where target.bastion.ocid = 'B'`,
    `Allow group id G to manage bastion-session in compartment id ${C} where all {target.bastion.ocid = 'B', target.bastion-session.username = 'opc'}`,
    `Allow any-user to use keys in compartment id ${C} where ALL {request.principal.type = 'cluster', target.key.id = 'K'}`,
    `Allow any-user to use key-delegates in compartment id ${C} where ALL {request.principal.type = 'nodepool', target.key.id = 'K'}`,
    `Allow any-user to use stream-push in compartment id ${C} where all {request.principal.type = 'serviceconnector', target.stream.id = 'S'}`,
    `Allow group id G to use cluster-family in compartment id ${C} where target.cluster.id = 'K'`,
    `Allow group id G to use clusters in compartment id ${C} where all {request.user.mfaTotpVerified = 'true', target.cluster.id = 'K'}`,
    `Allow group A to manage all-resources in compartment X where target.bastion.ocid = 'B'`,
    "Allow group A to read objects in tenancy where target.resource.tag.Ops.Team = 'x'",
    "Allow any-user to read repos in tenancy where request.principal.type = '${var.principal_type}'",
    "Allow group A to read repos in tenancy where target.repo.name = 'team/app'",
  ])('accepts %s', (statement) => {
    expect(validatePolicyStatement(statement)).toEqual([]);
  });

  test.each([
    [`Allow group id G to read bastion in compartment id ${C} where target.bastion.id = 'B'`, /"target\.bastion\.id" is not documented for bastion \(Bastion IAM Policies/],
    [`Allow group id G to use clusters in compartment id ${C} where target.nodepool.id = 'N'`, /"target\.nodepool\.id" is not documented for clusters/],
    [`Allow group id G to write clusters in compartment id ${C}`, /"write" is not a verb/],
    [`Allow group id G to use kubernetes-clusters in compartment id ${C}`, /"kubernetes-clusters" is not a resource type/],
    [`Allow any-user to use keys in compartment id ${C} where request.principal.type = 'kubernetes'`, /"kubernetes" is not a request\.principal\.type value/],
    [`Allow any-user to use keys in compartment id ${C} where request.principal.compartment.id = target.cluster.id`, /"target\.cluster\.id" is not documented for keys/],
    ['Allow group A to use clusters', /does not parse/],
  ])('refuses %s', (statement, message) => {
    const problems = validatePolicyStatement(statement);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.problem).join('; ')).toMatch(message);
    expect(problems.every((p) => p.fix.length > 0)).toBe(true);
  });

  test('an "in tenancy" statement needs a policy attached to the root compartment', () => {
    const repos = "Allow any-user to read repos in tenancy where request.principal.type = 'cluster'";
    expect(validatePolicyStatement(repos, C).map((p) => p.problem).join('; ')).toMatch(/grants "in tenancy" from a policy attached to compartment .+ a policy grants only in its compartment and the ones below it/);
    expect(validatePolicyStatement(repos, 'ocid1.tenancy.oc1..aaaaaaaat')).toEqual([]);
    // Unknown attachment (a reference): not judged.
    expect(validatePolicyStatement(repos, '${var.compartment_id}')).toEqual([]);
  });

  test('a statement for another compartment by OCID is not judged: it is valid when that compartment is below the attachment', () => {
    const other = `Allow any-user to use keys in compartment id ${C}x where target.key.id = 'K'`;
    expect(validatePolicyStatement(other, C)).toEqual([]);
  });

  test.each([
    ['a regionless Object Storage principal', `Allow service objectstorage to use keys in compartment id ${C}`, /"service objectstorage" is not a service principal Oracle documents \(did you mean objectstorage-<region>\?\)/],
    ['a misspelt service', `Allow service blockstorge to use keys in compartment id ${C}`, /"service blockstorge" is not a service principal Oracle documents \(did you mean blockstorage\?\)/],
    ['a dynamic group named by OCID without id', `Allow dynamic-group ocid1.dynamicgroup.oc1..aaaaaaaad to use log-content in compartment id ${C}`, /names dynamic-group "ocid1\.dynamicgroup\.oc1\.\.aaaaaaaad", an OCID, without "id"/],
    ['an unquoted principal type', `Allow any-user to use keys in compartment id ${C} where request.principal.type = cluster`, /the value cluster of request\.principal\.type is not quoted/],
  ])('refuses %s', (_name, statement, message) => {
    const problems = validatePolicyStatement(statement, C);
    expect(problems.map((p) => p.problem).join('; ')).toMatch(message);
    expect(problems.every((p) => p.fix.length > 0)).toBe(true);
  });

  test.each([
    `Allow service objectstorage-eu-frankfurt-1 to use keys in compartment id ${C} where target.key.id = 'K'`,
    `Allow service blockstorage, streaming to use keys in compartment id ${C}`,
    `Allow service FssOc1Prod to use keys in compartment id ${C}`,
    `Allow service vulnerability-scanning-service to read repos in compartment id ${C}`,
    // Oracle's OKE capacity reservation page; and a service the table does not list is not judged.
    `Allow service oke to use compute-capacity-reservations in compartment id ${C}`,
    `Allow service loganalytics to read loganalytics-features-family in compartment id ${C}`.replace('loganalytics-features-family', 'objects'),
    `Allow dynamic-group id ocid1.dynamicgroup.oc1..aaaaaaaad to use log-content in compartment id ${C}`,
    `Allow group G to read objects in compartment id ${C} where target.bucket.name = /logs-*/`,
    `Allow any-user to use keys in compartment id ${C} where request.principal.compartment.id = target.compartment.id`,
  ])('accepts %s', (statement) => {
    expect(validatePolicyStatement(statement, C)).toEqual([]);
  });

  test('a statement that is one Terraform expression is not judged (known only at apply); a partial one is', () => {
    expect(validatePolicyStatement('${var.extra_statement}')).toEqual([]);
    expect(validatePolicyStatement('${var.subject} to use clusters in tenancy')).toHaveLength(1);
  });

  test('variables and resource types compare case-insensitively', () => {
    expect(validatePolicyStatement(`ALLOW GROUP ID G TO USE BASTION IN COMPARTMENT ID ${C} WHERE TARGET.BASTION.OCID = 'B'`)).toEqual([]);
    expect(isVariableOf('Bastion-Session', 'Target.Bastion.Name')).toBe(true);
  });
});

describe('reference table', () => {
  test('every entry cites a page and every family member is itself in the table', () => {
    for (const [name, info] of Object.entries(RESOURCE_TYPES)) {
      expect(name).toBe(name.toLowerCase());
      expect(info.page.length).toBeGreaterThan(5);
      for (const m of info.members ?? []) expect(RESOURCE_TYPES[m]).toBeDefined();
    }
    for (const page of Object.values(PRINCIPAL_TYPES)) expect(page.length).toBeGreaterThan(5);
  });

  test('a family allows its members\' variables; a member does not get its siblings\'', () => {
    expect(isVariableOf('cluster-family', 'target.nodepool.id')).toBe(true);
    expect(isVariableOf('clusters', 'target.nodepool.id')).toBe(false);
    expect(isVariableOf('bastion-family', 'target.bastion.ocid')).toBe(true);
    expect(isVariableOf('bastion', 'target.bastion.id')).toBe(false);
    expect(isVariableOf('load-balancers', 'target.compartment.id')).toBe(true);
    expect(isVariableOf('load-balancers', 'target.key.id')).toBe(false);
  });
});
