// The findings of the current reply, each with a button that shows it in the reply (the
// content script scrolls to it, selects it and opens its card).
import type { Finding } from '../core/types';
import { t } from '../platform/i18n';
import { categoryLabel, severityLabel } from './labels';
import { replyDirection } from './text-direction';

export function FindingList({ findings, onJump }: { findings: Finding[]; onJump: (index: number) => void }) {
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findingsHeading', String(findings.length))}</h2>
      {findings.length === 0 ? (
        <p>{t('noFindings')}</p>
      ) : (
        <ul class="findings">
          {findings.map((finding, index) => (
            <li key={`${finding.ruleId}:${finding.start}`} class={`finding ${finding.severity}`}>
              <p class="finding-head">
                <span class="category">{t(categoryLabel(finding.category))}</span>{' '}
                <span class="severity">({t(severityLabel(finding.severity))})</span>
              </p>
              <p class="flagged" id={`finding-${index}`} {...replyDirection(finding.lang)}>
                <q>{finding.text}</q>
              </p>
              <p class="message" {...replyDirection(finding.lang)}>
                {finding.message}
              </p>
              <button type="button" onClick={() => onJump(index)} aria-describedby={`finding-${index}`}>
                {t('jumpToFinding')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
