// Whether coaching is on for a site, from the agent's choice and the defaults: on where agents
// work (agent-hosts.ts) and on pages that ask for it with <meta name="reframe" content="on">.
import { isAgentHost } from '../shared/agent-hosts';
import type { SiteSetting, SiteStatus } from '../shared/protocol';

export function isSiteOn(site: Pick<SiteStatus, 'host' | 'setting'>, pageAsks: boolean): boolean {
  if (site.setting !== 'default') return site.setting === 'on';
  return isAgentHost(site.host) || pageAsks;
}

/** The setting that flips the site: off is always explicit; on is the default where that is on. */
export function toggledSetting(site: Pick<SiteStatus, 'host' | 'setting'>, pageAsks: boolean): SiteSetting {
  if (isSiteOn(site, pageAsks)) return 'off';
  return isAgentHost(site.host) || pageAsks ? 'default' : 'on';
}
