import { CATALOG } from '../../lib/compliance/catalog/catalog';

describe('control references', () => {
  const byId = new Map(CATALOG.map((c) => [c.id, c]));

  test('CIS OKE ids are recommendation numbers, and the Kubernetes-side controls cite them', () => {
    for (const c of CATALOG) {
      if (c.references.cisOke !== undefined) expect({ id: c.id, cis: c.references.cisOke }).toEqual({ id: c.id, cis: expect.stringMatching(/^\d+\.\d+\.\d+(, \d+\.\d+\.\d+)*$/) });
    }
    expect(byId.get('API-01')!.references.cisOke).toContain('5.4.2');
    expect(byId.get('ENC-01')!.references.cisOke).toBe('5.3.1');
    expect(byId.get('NP-01')!.references.cisOke).toBe('5.4.4');
    expect(byId.get('IAM-07')!.references.cisOke).toBe('4.1.1');
    expect(CATALOG.filter((c) => c.references.cisOke).length).toBeGreaterThanOrEqual(20);
  });

  test('every control cites NSA/CISA and has a fix', () => {
    for (const c of CATALOG) {
      expect({ id: c.id, nsa: Boolean(c.references.nsaCisa), fix: c.fix.length > 20 }).toEqual({ id: c.id, nsa: true, fix: true });
    }
  });
});
