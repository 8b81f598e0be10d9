import { HardenedOkeValidationError, withPropertyPrefix } from '../../lib/core/errors';

describe('HardenedOkeValidationError', () => {
  test('keeps property, problem and fix as fields, and the message users read', () => {
    const e = new HardenedOkeValidationError('bastion.clientCidrs[0]', '"0.0.0.0/0" opens the bastion to the internet', 'list your admin networks');
    expect({ property: e.property, problem: e.problem, fix: e.fix }).toEqual({
      property: 'bastion.clientCidrs[0]', problem: '"0.0.0.0/0" opens the bastion to the internet', fix: 'list your admin networks',
    });
    expect(e.message).toBe('bastion.clientCidrs[0]: "0.0.0.0/0" opens the bastion to the internet. Fix: list your admin networks');
  });

  test('withPropertyPrefix re-throws with the prefixed path and the same problem and fix (a problem may contain ". Fix: ")', () => {
    const inner = new HardenedOkeValidationError('ocpus', 'is 0. Fix: is not a separator here', 'use 1 to 64');
    let caught: HardenedOkeValidationError | undefined;
    try {
      withPropertyPrefix('nodePools[1].', () => { throw inner; });
    } catch (err) {
      caught = err as HardenedOkeValidationError;
    }
    expect(caught).toBeInstanceOf(HardenedOkeValidationError);
    expect({ property: caught!.property, problem: caught!.problem, fix: caught!.fix })
      .toEqual({ property: 'nodePools[1].ocpus', problem: 'is 0. Fix: is not a separator here', fix: 'use 1 to 64' });
  });
});
