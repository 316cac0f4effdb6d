// One problem in a policy, located precisely enough for the CLI to print and the options
// page to show next to the field.

export interface PolicyError {
  /** The rule the problem is in, when it is in a rule that has a usable id. */
  ruleId?: string;
  /** JSON path from the policy's root: "rules[2].category", 'severity["no-sorry"]'. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export type PathSegment = string | number;

/** ['rules', 2, 'category'] becomes "rules[2].category". */
function fieldPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** An error at a path, attributed to the rule it lies in when that rule has a string id. */
export function errorAt(policy: unknown, segments: readonly PathSegment[], message: string): PolicyError {
  const error: PolicyError = { field: fieldPath(segments), message };
  const [top, index] = segments;
  if (top === 'rules' && typeof index === 'number') {
    const ruleId = ruleIdAt(policy, index);
    if (ruleId !== undefined) error.ruleId = ruleId;
  }
  return error;
}

function ruleIdAt(policy: unknown, index: number): string | undefined {
  if (!isRecord(policy) || !Array.isArray(policy.rules)) return undefined;
  const rule: unknown = policy.rules[index];
  return isRecord(rule) && typeof rule.id === 'string' && rule.id !== '' ? rule.id : undefined;
}

/** One line: `rule "no-sorry": field "category": "apologies" is not a category; use one of: ...` */
export function formatPolicyError(error: PolicyError): string {
  const inRule = /^rules\[(\d+)\]\.?(.*)$/.exec(error.field);
  if (inRule) {
    const [, index, rest] = inRule;
    const who = error.ruleId !== undefined ? `rule "${error.ruleId}"` : `rules[${index}]`;
    return rest ? `${who}: field "${rest}": ${error.message}` : `${who}: ${error.message}`;
  }
  return error.field ? `field "${error.field}": ${error.message}` : `policy: ${error.message}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
