// The options page asks the background to check a policy draft, a policy file and the tester's
// sample (the page carries no analyser). In these tests the real background code answers those
// messages in-process; every other message goes to the test's own fake.
import { createPolicyTools } from '../../../../src/background/policy-tools';
import type { Message, Send } from '../../../../src/shared/protocol';

export function withPolicyTools<T extends Send>(rest: T): T {
  const tools = createPolicyTools();
  return (async (message: Message) => {
    if (message.type === 'policy.check') return tools.check(message);
    if (message.type === 'policy.check-text') return tools.checkText(message);
    if (message.type === 'policy.try') return tools.try(message);
    return rest(message as never);
  }) as T;
}
