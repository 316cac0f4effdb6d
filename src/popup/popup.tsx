// The popup: the coaching of the reply the agent is writing in the current tab.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { DEFAULT_POLICY_NAME } from '../policy/default-name';
import { isSiteOn, toggledSetting } from '../settings/site-coaching';
import type { SnoozeChoice } from '../settings/snooze';
import type { EditOutcome, PopupState, SiteSetting } from '../shared/protocol';
import { CustomerPanel } from './customer-panel';
import { FindingList } from './finding-list';
import { categoryLabel } from './labels';
import { SiteSwitch } from './site-switch';
import { SnoozeControls } from './snooze-controls';
import { StructureMeter } from './structure-meter';

export interface PopupActions {
  /** The tab's state; null on pages the extension cannot run on (browser pages, the store). */
  load(): Promise<PopupState | null>;
  setSite(host: string, setting: SiteSetting): Promise<void>;
  snooze(choice: SnoozeChoice | null): Promise<void>;
  jump(frameId: number, findingIndex: number): Promise<{ ok: boolean }>;
  insert(frameId: number, text: string): Promise<EditOutcome>;
}

/** `team`: the active team policy's source, changes and last failure (src/options/team). */
export function Popup({ actions, team }: { actions: PopupActions; team?: ComponentChildren }) {
  const [state, setState] = useState<PopupState | null | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const reload = () => actions.load().then(setState);
  useEffect(() => void reload(), []);

  if (state === undefined) return null;
  if (state === null) {
    return (
      <main>
        <p class="unavailable">{t('siteUnavailable')}</p>
        {team}
      </main>
    );
  }

  const { site, coaching, frameId, policy } = state;
  // A page that asked with <meta name="reframe" content="on"> shows up as coaching on a default site.
  const pageAsks = coaching !== null;
  const on = isSiteOn(site, pageAsks);
  const report = coaching?.report;

  const jump = async (index: number) => {
    if (frameId === null) return;
    const { ok } = await actions.jump(frameId, index);
    setNotice(ok ? '' : t('jumpFailed'));
    if (ok) window.close();
  };
  const insert = async (text: string) => {
    if (frameId === null) return;
    const outcome = await actions.insert(frameId, text);
    setNotice(outcome.ok ? t('inserted') : outcome.copied ? t('copiedInstead') : t('editFailed', outcome.error));
  };

  return (
    <main>
      <header>
        <h1>{t('popupTitle')}</h1>
        <p class="policy">{policy.name === DEFAULT_POLICY_NAME ? t('popupPolicyDefault') : t('popupPolicy', policy.name, policy.version)}</p>
        {team}
      </header>
      <SiteSwitch
        host={site.host}
        on={on}
        onToggle={() => void actions.setSite(site.host, toggledSetting(site, pageAsks)).then(reload)}
      />
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {!on ? (
        <p>{t('coachingOff')}</p>
      ) : report === undefined ? (
        <p>{t('noReply')}</p>
      ) : (
        // The popup follows the interface direction; the reply's own words (flagged text, messages,
        // the reflection) carry their language's direction where they are shown.
        <section class="coaching" data-testid="coaching">
          {(report.stoppedRules ?? []).map((rule) => (
            <p key={rule.ruleId} class="notice" role="status" data-testid="rules-stopped">
              {t('rulesStopped', t(categoryLabel(rule.category)))}
            </p>
          ))}
          <StructureMeter structure={report.structure} />
          <FindingList findings={report.findings} onJump={(index) => void jump(index)} />
          <CustomerPanel reading={report.customer} onInsert={(text) => void insert(text)} />
        </section>
      )}
      <SnoozeControls until={site.snoozedUntil} onSnooze={(choice) => void actions.snooze(choice).then(reload)} />
    </main>
  );
}
