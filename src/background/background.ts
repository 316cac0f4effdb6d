// The background's behaviour, independent of the browser: answers the content scripts and the
// popup (protocol.ts), keeps the latest coaching per tab, and tells every tab when settings
// change. index.ts wires it to the real browser; tests hand it a fake platform.
import type { Report } from '../core/types';
import type { EffectivePolicy, Policy } from '../policy/types';
import type { AnalysisLanguage } from '../settings/preferences';
import { withSiteSetting } from '../settings/preferences';
import type { Settings, SettingsStore } from '../settings/settings-store';
import type { Message, MessageType, PopupState, ResponseTo, SiteStatus } from '../shared/protocol';
import type { CoachingStore } from './coaching-store';
import { effectivePolicy } from './effective-policy';
import { createPolicyTools } from './policy-tools';

export type Analyze = (text: string, policy: EffectivePolicy, context: { customer?: string; lang?: AnalysisLanguage }) => Report;

/** What the background needs from the browser. */
export interface BackgroundPlatform {
  settings: SettingsStore;
  /** The active team policy (src/team picks it from managed storage, a URL or a file), or null. */
  teamPolicy(): Promise<Policy | null>;
  coaching: CoachingStore;
  analyze: Analyze;
  /** To one frame of a tab, or to all of its frames when frameId is undefined. */
  sendToTab(tabId: number, message: Message, frameId?: number): Promise<unknown>;
  tabIds(): Promise<number[]>;
  /** Runs content/coach.js in one frame. */
  injectCoach(tabId: number, frameId: number): Promise<void>;
  now(): number;
}

/** Who sent a message: a frame of a tab (content script) or an extension page (no tab). */
export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The tab's top-level URL. */
  tabUrl?: string;
}

type Handlers = { [K in MessageType]?: (message: Message<K>, sender: Sender) => Promise<ResponseTo<K>> };

export function createBackground(platform: BackgroundPlatform) {
  // Settings and the policy built from them are cached until they change.
  let cached: Promise<{ settings: Settings; policy: EffectivePolicy }> | null = null;
  const current = () =>
    (cached ??= Promise.all([platform.settings.read(), platform.teamPolicy()]).then(([settings, team]) => ({
      settings,
      policy: effectivePolicy(team, settings.preferences),
    })).catch((error: unknown) => {
      cached = null; // try again on the next message rather than failing forever
      throw error;
    }));
  /** The customer's message chosen with the context menu, per tab, for frames that have none. */
  const selectedCustomer = new Map<number, string>();
  const policyTools = createPolicyTools();

  const siteStatus = async (url: string): Promise<SiteStatus> => {
    const { settings } = await current();
    const host = hostOf(url);
    const until = settings.snoozedUntil;
    return {
      host,
      setting: settings.preferences.sites[host] ?? 'default',
      snoozedUntil: until !== null && until > platform.now() ? until : null,
    };
  };

  const handlers: Handlers = {
    'site.status': (message, sender) => siteStatus(sender.tabUrl ?? message.url),
    async 'coach.inject'(_message, sender) {
      if (sender.tabId === undefined || sender.frameId === undefined) return { ok: false, error: 'not sent from a tab' };
      try {
        await platform.injectCoach(sender.tabId, sender.frameId);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    },
    async analyze(message, sender) {
      try {
        const { settings, policy } = await current();
        const customer = message.customer ?? (sender.tabId === undefined ? undefined : selectedCustomer.get(sender.tabId));
        const lang = message.lang ?? settings.preferences.language;
        return { ok: true, report: platform.analyze(message.text, policy, customer === undefined ? { lang } : { customer, lang }) };
      } catch (error) {
        return { ok: false, error: errorText(error) };
      }
    },
    async 'coaching.update'(message, sender) {
      if (sender.tabId !== undefined) await platform.coaching.update(sender.tabId, sender.frameId ?? 0, message.state);
    },
    async 'coaching.get'(message) {
      return (await platform.coaching.get(message.tabId))?.state ?? null;
    },
    async 'site.set'(message) {
      await platform.settings.updatePreferences((preferences) => withSiteSetting(preferences, message.host, message.setting));
    },
    async 'snooze.set'(message) {
      await platform.settings.setSnooze(message.until);
    },
    'policy.check': async (message) => policyTools.check(message),
    'policy.check-text': async (message) => policyTools.checkText(message),
    'policy.try': async (message) => policyTools.try(message),
    async 'popup.state'(message): Promise<PopupState> {
      const [site, coaching, { policy }] = await Promise.all([
        siteStatus(message.url),
        platform.coaching.get(message.tabId),
        current(),
      ]);
      return {
        site,
        coaching: coaching?.state ?? null,
        frameId: coaching?.frameId ?? null,
        policy: { name: policy.name, version: policy.version },
      };
    },
  };

  return {
    /** Answers one message; undefined for messages meant for content scripts. */
    handle(message: Message, sender: Sender): Promise<unknown> | undefined {
      const handler = handlers[message.type] as ((message: Message, sender: Sender) => Promise<unknown>) | undefined;
      return handler?.(message, sender);
    },

    /** Settings or the team policy changed (here, in the options page, by sync): rebuild and tell every tab. */
    async settingsChanged(): Promise<void> {
      cached = null;
      const tabIds = await platform.tabIds();
      // Tabs without our content script (browser pages, the store) refuse the message.
      await Promise.all(tabIds.map((tabId) => platform.sendToTab(tabId, { type: 'settings.changed' }).catch(() => undefined)));
    },

    /** The context menu's "Use selection as the customer's message". */
    async useAsCustomer(tabId: number, text: string): Promise<void> {
      selectedCustomer.set(tabId, text);
      const frameId = (await platform.coaching.get(tabId))?.frameId ?? 0;
      await platform.sendToTab(tabId, { type: 'customer.set', text }, frameId).catch(() => undefined);
    },

    async tabClosed(tabId: number): Promise<void> {
      selectedCustomer.delete(tabId);
      await platform.coaching.forget(tabId);
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
