// Entry of the popup: wires the Popup to the background and the tab's content script.
import { render } from 'preact';
import { browser } from '../platform/browser';
import { applyUiDirection } from '../platform/i18n';
import { send, sendToFrame } from '../platform/messaging';
import { snoozeEnd } from '../settings/snooze';
import { PopupTeamPolicy } from '../options/team/team-policy-summary';
import { Popup, type PopupActions } from './popup';

const activeTab = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0];

const actions: PopupActions = {
  async load() {
    const tab = await activeTab();
    if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return null;
    return send({ type: 'popup.state', tabId: tab.id, url: tab.url });
  },
  setSite: (host, setting) => send({ type: 'site.set', host, setting }),
  snooze: (choice) => send({ type: 'snooze.set', until: choice === null ? null : snoozeEnd(choice, new Date()) }),
  async jump(frameId, findingIndex) {
    const tab = await activeTab();
    return tab?.id === undefined ? { ok: false } : sendToFrame(tab.id, frameId, { type: 'coaching.jump', findingIndex });
  },
  async insert(frameId, text) {
    const tab = await activeTab();
    if (tab?.id === undefined) return { ok: false, copied: false, error: 'no active tab' };
    return sendToFrame(tab.id, frameId, { type: 'coaching.insert', text });
  },
};

applyUiDirection(document.documentElement);
render(<Popup actions={actions} team={<PopupTeamPolicy send={send} />} />, document.getElementById('app')!);
