import { execFileSync } from 'child_process';
import { compareStrings } from '../../lib/core/ordering';
import { TS_NODE } from '../support';

describe('compareStrings', () => {
  test('orders by UTF-16 code unit: punctuation, digits, upper case, underscore, lower case', () => {
    expect(['b', 'a_b', 'a-b', 'A', 'a1', 'a', 'ä', 'a.b'].sort(compareStrings)).toEqual(['A', 'a', 'a-b', 'a.b', 'a1', 'a_b', 'b', 'ä']);
    expect(compareStrings('x', 'x')).toBe(0);
  });

  test('gives the same order whatever the process locale', () => {
    const words = ['zebra', 'äpfel', 'apple', 'Zulu', 'a-b', 'a_b'];
    const script = `const { compareStrings } = require(${JSON.stringify(require.resolve('../../lib/core/ordering'))});`
      + `console.log(JSON.stringify(${JSON.stringify(words)}.slice().sort(compareStrings)))`;
    const sortUnder = (lang: string) => JSON.parse(execFileSync(process.execPath, [...TS_NODE.args, '-e', script],
      { encoding: 'utf8', env: TS_NODE.env({ LANG: lang, LC_ALL: lang }) }));
    const expected = ['Zulu', 'a-b', 'a_b', 'apple', 'zebra', 'äpfel'];
    expect(sortUnder('sv_SE.UTF-8')).toEqual(expected);
    expect(sortUnder('en_US.UTF-8')).toEqual(expected);
  });
});
