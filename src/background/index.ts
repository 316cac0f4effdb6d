// Entry of the background (Chrome: service worker; Firefox: event page). Wires the
// browser-independent parts (background.ts, src/team's team-background.ts) to the real
// extension APIs. Listeners are registered synchronously at top level so a woken worker
// receives the event that woke it. The only network request is the team policy URL fetch
// (src/team/policy-url.ts), made when an administrator or the agent set a policy URL.
import { analyze } from '../core/index';
import { browser, type Runtime } from '../platform/browser';
import { SETTINGS_KEYS, createSettingsStore } from '../settings/settings-store';
import { ANALYSIS_CONNECTION, isMessage, type AnalysisReply } from '../shared/protocol';
import { createTeamBackground, isTeamMessage } from '../team/team-background';
import { loadTeamPolicyState } from '../team/team-policy-sync';
import { createBackground } from './background';
import { createCoachingStore } from './coaching-store';
import { createCustomerMenu, onCustomerMenuClick } from './context-menu';

const local = browser.storage.local;

const background = createBackground({
  settings: createSettingsStore({ sync: browser.storage.sync, local }),
  teamPolicy: async () => (await loadTeamPolicyState(local)).policy,
  // storage.session keeps the reply text in memory only; absent in old browsers.
  coaching: createCoachingStore(browser.storage.session ?? null),
  analyze,
  sendToTab: (tabId, message, frameId) =>
    browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId }),
  tabIds: async () => (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  injectCoach: async (tabId, frameId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['content/coach.js'] });
  },
  now: () => Date.now(),
});

const team = createTeamBackground({
  local,
  managed: browser.storage.managed,
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  alarms: browser.alarms,
  onStateChanged: () => void background.settingsChanged(),
});

function answer(message: unknown, sender: Runtime.MessageSender | undefined): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined;
  if (isTeamMessage(message)) return team.handle(message);
  if (message.type === 'coaching.update') void team.observeCoaching(sender?.tab?.id, sender?.frameId, message.state);
  return background.handle(message, { tabId: sender?.tab?.id, frameId: sender?.frameId, tabUrl: sender?.tab?.url });
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answer(message, sender));

// A page's coach sends its analyses over one connection (src/content/runtime-port.ts).
browser.runtime.onConnect.addListener((connection) => {
  if (connection.name !== ANALYSIS_CONNECTION) return;
  connection.onMessage.addListener((request: unknown) => {
    const { id, message } = request as { id: number; message: unknown };
    const reply = (body: Omit<AnalysisReply, 'id'>) => {
      try {
        connection.postMessage({ id, ...body });
      } catch {
        // The page went away meanwhile: nobody is waiting.
      }
    };
    Promise.resolve(answer(message, connection.sender)).then(
      (response) => reply({ response }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
});

const SETTINGS_IN_AREA: Record<string, string[]> = {
  sync: [SETTINGS_KEYS.preferences],
  local: [SETTINGS_KEYS.snoozedUntil],
};
browser.storage.onChanged.addListener((changes, area) => {
  if (SETTINGS_IN_AREA[area]?.some((key) => key in changes)) void background.settingsChanged();
  void team.onStorageChanged(changes, area);
});
browser.alarms.onAlarm.addListener((alarm) => void team.onAlarm(alarm));

const onStart = () => {
  void createCustomerMenu();
  void team.start();
};
browser.runtime.onInstalled.addListener(onStart);
browser.runtime.onStartup.addListener(onStart);
browser.tabs.onRemoved.addListener((tabId) => void background.tabClosed(tabId));
onCustomerMenuClick(background.useAsCustomer);
