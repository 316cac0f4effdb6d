// What decides whether a rule fires, in words: its built-in check, its exceptions, and the
// reply-level conditions (unlessMoves, minCount), so a lead can see why a rule stayed quiet.
import type { Move } from '../../core/types';
import { t } from '../../platform/i18n';
import { readablePattern } from '../../policy/readable-pattern';
import type { PolicyRule } from '../../policy/types';
import { detectorLabel, moveLabel } from '../../popup/labels';

export function RuleConditions({ rule, id }: { rule: PolicyRule; id: string }) {
  return (
    <div class="rf-conditions" data-testid="rule-conditions">
      <p id={id} class="rf-conditions-title">
        {t('conditionsHeading')}
      </p>
      <ul aria-labelledby={id}>
        {conditionsInWords(rule).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The moves a reply can make, in words ("a time for the next step"). */
export function movesInWords(moves: readonly Move[]): string {
  return moves.map((move) => t(moveLabel(move))).join(', ');
}

function conditionsInWords(rule: PolicyRule): string[] {
  const lines: string[] = [];
  if (rule.detector) lines.push(t('conditionDetector', t(detectorLabel(rule.detector))));
  if (rule.exceptions?.length) {
    lines.push(t('conditionExceptions', rule.exceptions.map((exception) => `"${readablePattern(exception) || exception}"`).join(', ')));
  }
  if (rule.unlessMoves?.length) lines.push(t('conditionUnlessMoves', movesInWords(rule.unlessMoves)));
  if ((rule.minCount ?? 1) > 1) lines.push(t('conditionMinCount', String(rule.minCount)));
  return lines.length > 0 ? lines : [t('conditionAlways')];
}
