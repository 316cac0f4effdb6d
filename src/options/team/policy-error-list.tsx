// A refused policy's problems as a list, each naming where it is: the rule (by its id, or by
// its place when it has none) and the field, so the lead can find it in the file and fix it.
import { t } from '../../platform/i18n';
import type { PolicyError } from '../../policy/policy-error';

export function PolicyErrorList({ errors }: { errors: readonly PolicyError[] }) {
  return (
    <ul class="rf-errors rf-policy-errors">
      {errors.map((error, at) => (
        <li key={at} data-field={error.field}>
          <strong>{errorLocation(error)}</strong>: <span dir="auto">{error.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** 'Rule "no-sorry", field "category"', 'Rule 3, field "id"', 'Field "version"' or 'The file'. */
function errorLocation(error: PolicyError): string {
  const inRule = /^rules\[(\d+)\]\.?(.*)$/.exec(error.field);
  if (inRule) {
    const [, index, field] = inRule;
    const rule = error.ruleId !== undefined ? t('ruleNamed', error.ruleId) : t('ruleNumbered', String(Number(index) + 1));
    return field ? t('errorAtRuleField', rule, field) : rule;
  }
  return error.field ? t('errorAtField', error.field) : t('errorInFile');
}
