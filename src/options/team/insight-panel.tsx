// "Team insight without surveillance": per category, how many findings were flagged and how
// many suggestions applied or dismissed over the kept days, as simple SVG bars; export as CSV
// for the agent to share with their lead. Counts only: the log holds no text.
import { useEffect, useState } from 'preact/hooks';
import { insightCsv } from '../../insight/insight-csv';
import { RETENTION_DAYS, type InsightLog } from '../../insight/insight-log';
import { insightTotals } from '../../insight/insight-totals';
import type { Send } from '../../shared/protocol';

const BAR_HEIGHT = 14;
const ROW_HEIGHT = 3 * BAR_HEIGHT + 10;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 560;
const SERIES = [
  { event: 'flagged', label: 'flagged', colour: '#c2410c' },
  { event: 'applied', label: 'suggestion applied', colour: '#15803d' },
  { event: 'dismissed', label: 'dismissed', colour: '#64748b' },
] as const;

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
  const scale = (CHART_WIDTH - LABEL_WIDTH - 40) / max;
  const days = Object.keys(log).length;

  return (
    <section class="rf-insight" aria-labelledby="rf-insight-title">
      <h2 id="rf-insight-title">Your coaching, in numbers</h2>
      <p>
        Counts only, never text, kept on this computer for {RETENTION_DAYS} days and sent nowhere. {days === 0 ? 'Nothing counted yet.' : `${days} day(s) counted.`}
      </p>
      <svg role="img" aria-label="Findings, applied and dismissed suggestions per category" width={CHART_WIDTH} height={totals.length * ROW_HEIGHT + 24} viewBox={`0 0 ${CHART_WIDTH} ${totals.length * ROW_HEIGHT + 24}`}>
        {SERIES.map(({ label, colour }, at) => (
          <g key={label} transform={`translate(${LABEL_WIDTH + at * 130}, 4)`}>
            <rect width={10} height={10} fill={colour} />
            <text x={14} y={9} font-size={11}>
              {label}
            </text>
          </g>
        ))}
        {totals.map((row, index) => (
          <g key={row.category} transform={`translate(0, ${24 + index * ROW_HEIGHT})`} data-category={row.category}>
            <text x={0} y={BAR_HEIGHT * 1.5 + 4} font-size={12}>
              {row.category}
            </text>
            {SERIES.map(({ event, colour }, at) => (
              <g key={event}>
                <rect x={LABEL_WIDTH} y={at * BAR_HEIGHT} width={row[event] * scale} height={BAR_HEIGHT - 2} fill={colour} data-event={event} data-count={row[event]} />
                <text x={LABEL_WIDTH + row[event] * scale + 4} y={at * BAR_HEIGHT + 10} font-size={10}>
                  {row[event]}
                </text>
              </g>
            ))}
          </g>
        ))}
      </svg>
      <div class="rf-toolbar">
        <button type="button" onClick={() => download(`reframe-insight-${today()}.csv`, 'text/csv', insightCsv(log))}>
          Export CSV
        </button>
        <button type="button" onClick={() => void send({ type: 'insight.clear' }).then(() => setLog({}))}>
          Clear the counts
        </button>
      </div>
    </section>
  );
}
