// A rule named the way a team lead thinks of it: the phrase it finds ("i understand your
// problem") or what its built-in check finds, not its kebab-case id.
import { t } from '../../platform/i18n';
import { readablePattern } from '../../policy/readable-pattern';
import type { PolicyRule } from '../../policy/types';
import { detectorLabel } from '../../popup/labels';

/** `fallback` names a rule with nothing to read yet (a new rule with no phrase). */
export function RuleTitle({ rule, fallback }: { rule: PolicyRule; fallback: string }) {
  if (rule.detector) return <>{t(detectorLabel(rule.detector))}</>;
  const phrase = readablePattern(rule.patterns?.[0] ?? '');
  // <q> quotes the phrase as the page's language does; the phrase keeps its own direction.
  return phrase ? <q dir="auto">{phrase}</q> : <>{fallback}</>;
}

/** The id, for the JSON and the command line: small, secondary, always left to right. */
export function RuleId({ id }: { id: string }) {
  return (
    <small class="rf-rule-id" dir="ltr">
      {id}
    </small>
  );
}
