// "Team insight without surveillance": per category, how many findings were flagged and how
// many suggestions applied or dismissed over the kept days, as a table of bars (an HTML table,
// so it mirrors itself in right-to-left languages); export as CSV for the agent to share with
// their lead. Counts only: the log holds no text.
import { useEffect, useState } from 'preact/hooks';
import { insightCsv } from '../../insight/insight-csv';
import { RETENTION_DAYS, type InsightLog } from '../../insight/insight-log';
import { insightTotals } from '../../insight/insight-totals';
import { t, type MessageKey } from '../../platform/i18n';
import { categoryLabel } from '../../popup/labels';
import type { InsightEvent, Send } from '../../shared/protocol';

const SERIES: { event: InsightEvent; label: MessageKey }[] = [
  { event: 'flagged', label: 'insightFlagged' },
  { event: 'applied', label: 'insightApplied' },
  { event: 'dismissed', label: 'insightDismissed' },
];

interface Props {
  send: Send;
  download: (fileName: string, mimeType: string, text: string) => void;
  today: () => string;
}

export function InsightPanel({ send, download, today }: Props) {
  const [log, setLog] = useState<InsightLog | null>(null);
  useEffect(() => {
    void send({ type: 'insight.get' }).then(setLog);
  }, [send]);
  if (!log) return null;

  const totals = insightTotals(log);
  const max = Math.max(1, ...totals.flatMap((row) => SERIES.map(({ event }) => row[event])));
  const days = Object.keys(log).length;

  return (
    <section class="rf-insight" aria-labelledby="rf-insight-title">
      <h2 id="rf-insight-title">{t('insightHeading')}</h2>
      <p>
        {t('insightPrivacy', String(RETENTION_DAYS))} {days === 0 ? t('insightNothingYet') : t('insightDaysCounted', String(days))}
      </p>
      <table class="rf-chart">
        <caption>{t('insightChartCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('categoryField')}</th>
            {SERIES.map(({ event, label }) => (
              <th key={event} scope="col">
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.category} data-category={row.category}>
              <th scope="row">{t(categoryLabel(row.category))}</th>
              {SERIES.map(({ event }) => (
                <td key={event}>
                  {/* The bar's length is its share of the largest count, set through a custom property. */}
                  <span class="rf-bar" data-event={event} data-count={row[event]} style={{ '--share': `${(100 * row[event]) / max}%` }} />{' '}
                  {row[event]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="rf-toolbar">
        <button type="button" onClick={() => download(`reframe-insight-${today()}.csv`, 'text/csv', insightCsv(log))}>
          {t('insightExport')}
        </button>
        <button type="button" onClick={() => void send({ type: 'insight.clear' }).then(() => setLog({}))}>
          {t('insightClear')}
        </button>
      </div>
    </section>
  );
}
