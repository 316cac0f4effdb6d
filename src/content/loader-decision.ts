// Whether a page wants coaching: pure, so the rules are testable without a browser.
import { isAgentHost } from '../shared/agent-hosts';
import type { SiteStatus } from '../shared/protocol';
import { isPageOptedOut } from './eligibility';

export interface PageSignals {
  /** The top-level page's host (the site the agent turns coaching on or off for). */
  host: string;
  /** <meta name="reframe" content="on"> */
  metaOptIn: boolean;
  /** data-reframe="off" on <html> or <body> */
  pageOptOut: boolean;
}

export type Decision =
  | { wanted: true; reason: 'agent-host' | 'turned-on' | 'page-asked' }
  | { wanted: false; reason: 'page-opted-out' | 'turned-off' | 'snoozed' | 'not-listed'; retryAt?: number };

/**
 * The page's own opt-out wins, then the agent's choice for the site, then the defaults:
 * the agent hosts, and pages that ask for coaching with the meta tag. A snooze pauses all.
 * `status` is null when the background could not be asked (then the defaults decide).
 */
export function decideCoaching(page: PageSignals, status: SiteStatus | null, now: number): Decision {
  if (page.pageOptOut) return { wanted: false, reason: 'page-opted-out' };
  if (status?.snoozedUntil != null && status.snoozedUntil > now) {
    return { wanted: false, reason: 'snoozed', retryAt: status.snoozedUntil };
  }
  if (status?.setting === 'off') return { wanted: false, reason: 'turned-off' };
  if (status?.setting === 'on') return { wanted: true, reason: 'turned-on' };
  if (isAgentHost(page.host)) return { wanted: true, reason: 'agent-host' };
  if (page.metaOptIn) return { wanted: true, reason: 'page-asked' };
  return { wanted: false, reason: 'not-listed' };
}

/** The top-level document when it is reachable (same origin), else this frame's. */
function topDocument(win: Window): Document {
  try {
    return win.top?.document ?? win.document;
  } catch {
    return win.document;
  }
}

/** The page's signals as a frame sees them: from the top-level page when it can read it. */
export function pageSignalsOf(win: Window): PageSignals {
  return readPageSignals(topDocument(win), win.location.host);
}

/** Reads the page's own signals from its document. */
export function readPageSignals(doc: Document, host: string): PageSignals {
  const meta = doc.querySelector('meta[name="reframe" i]');
  return {
    host,
    metaOptIn: meta?.getAttribute('content')?.trim().toLowerCase() === 'on',
    pageOptOut: isPageOptedOut(doc),
  };
}
