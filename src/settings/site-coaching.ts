// The popup's site switch: whether coaching is on for the site (the loader's own decision,
// snooze aside, since the snooze has its own control), and the one-click flip of it.
import { decideCoaching } from '../content/loader-decision';
import { isAgentHost } from '../shared/agent-hosts';
import type { SiteSetting, SiteStatus } from '../shared/protocol';

type Site = Pick<SiteStatus, 'host' | 'setting'>;

export function isSiteOn(site: Site, pageAsks: boolean): boolean {
  const page = { host: site.host, metaOptIn: pageAsks, pageOptOut: false };
  return decideCoaching(page, { ...site, snoozedUntil: null }, 0).wanted;
}

/** The setting that flips the site: off is always explicit; on is the default where that is on. */
export function toggledSetting(site: Site, pageAsks: boolean): SiteSetting {
  if (isSiteOn(site, pageAsks)) return 'off';
  return isAgentHost(site.host) || pageAsks ? 'default' : 'on';
}
