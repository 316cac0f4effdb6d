// Entry of the options page: wires Options to browser storage and the background.
import { render } from 'preact';
import { browser } from '../platform/browser';
import { applyUiDirection } from '../platform/i18n';
import { send } from '../platform/messaging';
import { createSettingsStore } from '../settings/settings-store';
import { Options } from './options';
import { useLockedByTeam } from './team/locked-by-team';
import { TeamSection } from './team/team-section';

const store = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local });

/** Changes made elsewhere (the popup, another device) show up here without a reload. */
const subscribe = (onChange: () => void) => {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
};

applyUiDirection(document.documentElement);
/** The options page with the team policy's locks kept current. */
function OptionsPage() {
  const lockedByTeam = useLockedByTeam(send, subscribe);
  return <Options store={store} subscribe={subscribe} lockedByTeam={lockedByTeam} team={<TeamSection send={send} storage={browser.storage.local} subscribe={subscribe} />} />;
}

render(<OptionsPage />, document.getElementById('app')!);
