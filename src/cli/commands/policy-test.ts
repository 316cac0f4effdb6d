// `reframe policy test FILE`: every rule's "flag" examples must fire it, no "pass" example may.
import { runExamples } from '../../policy/examples';
import { resolvePolicy } from '../../policy/resolve';
import type { Io } from '../io';
import { readValidPolicy } from '../load-policy';
import { defineCommand } from '../define-command';
import { printable } from '../output/printable';
import { singlePath } from './policy-validate';

export const POLICY_TEST_HELP = `Usage: reframe policy test [--all] FILE

Runs the examples of each rule the policy FILE defines: every "flag" example must be
flagged by its rule, and no "pass" example may be. Prints each failure and a count.
The policy is validated first.

Options:
  --all       also run the examples of the built-in rules the policy keeps
  -h, --help  this help

Exit codes: 0 all examples behave; 1 some fail; 2 the policy is invalid or unreadable.
`;

export const policyTestCommand = defineCommand({
  name: 'reframe policy test',
  help: POLICY_TEST_HELP,
  options: { all: { type: 'boolean' } },
  run: async ({ values, positionals }, io) => {
    const path = singlePath(positionals, 'test');
    const policy = await readValidPolicy(path, io);
    const effective = resolvePolicy({ team: policy });
    const own = new Set((policy.rules ?? []).map((rule) => rule.id));
    const tested = values.all ? effective : { ...effective, rules: effective.rules.filter((rule) => own.has(rule.id)) };
    const failures = runExamples(tested);
    const exampleCount = tested.rules.reduce((sum, rule) => sum + rule.examples.flag.length + rule.examples.pass.length, 0);
    for (const failure of failures) {
      const should = failure.expected === 'flag' ? 'should flag' : 'should pass';
      io.out(`${io.style.red('FAIL')} ${printable(`${failure.ruleId}: ${should} "${failure.example}"; got ${failure.got}.`)}\n`);
    }
    const passed = exampleCount - failures.length;
    const ruleCount = tested.rules.length;
    const line = `${passed} of ${exampleCount} examples behave in ${ruleCount} rule${ruleCount === 1 ? '' : 's'}${failures.length ? `; ${failures.length} fail` : ''}.\n`;
    io.out(failures.length ? io.style.red(line) : io.style.green(line));
    return failures.length > 0 ? 1 : 0;
  },
});
