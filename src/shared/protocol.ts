// The one typed request/response union for messages between the page side (content scripts),
// the background, and the popup. Every message is `{ type, ...payload }`; `ResponseTo<T>` is
// what its handler resolves with. Add new messages here (additive changes only: other parts
// build against the existing shapes).
import type { Category, Finding, Report } from '../core/types';
import type { InsightLog } from '../insight/insight-log';
import type { ExampleFailure } from '../policy/examples';
import type { QuietRule } from '../policy/kept-quiet';
import type { Policy, PolicyRule } from '../policy/types';
import type { PolicyValidation } from '../policy/validate';
import type { TeamPolicyState } from '../team/team-policy-state';
import type { TeamPolicyUpdate } from '../team/team-policy-sync';

/** The agent's choice for one site: on, off, or not chosen (then the defaults decide). */
export type SiteSetting = 'on' | 'off' | 'default';

/** What the background knows about coaching on the page a frame belongs to. */
export interface SiteStatus {
  /** The host the setting belongs to (the tab's top-level host). */
  host: string;
  setting: SiteSetting;
  /** Epoch milliseconds until which coaching is paused everywhere, or null. */
  snoozedUntil: number | null;
}

/** Where the customer's last message came from. */
export type CustomerSource = 'gmail' | 'zendesk' | 'selection';

export interface CustomerMessage {
  text: string;
  source: CustomerSource;
}

/** The coaching of the reply the agent is writing now, as the popup shows it. */
export interface CoachingState {
  /** The reply as analysed (quoted history and signature left out). */
  text: string;
  report: Report;
  customer: CustomerMessage | null;
  /** Location of the page, to tell the agent which page this is about. */
  url: string;
}

/** How applying or inserting text ended. `copied`: the text is on the clipboard instead. */
export type EditOutcome =
  | { ok: true; method: 'beforeinput' | 'execCommand' | 'paste' }
  | { ok: false; copied: boolean; error: string };

/** Counts only, never text (the team-insight chart). */
export type InsightEvent = 'flagged' | 'applied' | 'dismissed';

interface Messages {
  // ---- content -> background ----
  /** Asked by the loader on every page: is coaching wanted here? */
  'site.status': { request: { url: string }; response: SiteStatus };
  /** Asked by the loader when an editor is in use: inject content/coach.js into the sender's frame. */
  'coach.inject': { request: Record<never, never>; response: { ok: true } | { ok: false; error: string } };
  /** Analyse a reply off the page's main thread. */
  analyze: {
    request: { text: string; customer: string | null; lang?: 'en' | 'he' | 'auto' };
    response: { ok: true; report: Report } | { ok: false; error: string };
  };
  /** The active editor's coaching changed (null: no editor in use in this frame any more). */
  'coaching.update': { request: { state: CoachingState | null }; response: void };
  /** Counts for the team-insight chart. */
  'insight.record': { request: { event: InsightEvent; category: Category }; response: void };

  // ---- background or popup -> content (delivered to the frame that last sent coaching.update) ----
  /** Site setting, snooze or policy changed: re-check and re-analyse. */
  'settings.changed': { request: Record<never, never>; response: void };
  /** Scroll to a finding of the active editor, put the caret on it and open its card. */
  'coaching.jump': { request: { findingIndex: number }; response: { ok: boolean } };
  /** Apply one suggestion of a finding of the active editor. */
  'coaching.apply': { request: { findingIndex: number; suggestionIndex: number }; response: EditOutcome };
  /** Insert text (the reflection draft) at the start of the active editor's reply. */
  'coaching.insert': { request: { text: string }; response: EditOutcome };
  /** Use this text (context menu's selection) as the customer's message. */
  'customer.set': { request: { text: string }; response: { ok: boolean } };
  /** Use the frame's current selection as the customer's message. */
  'customer.use-selection': { request: Record<never, never>; response: { ok: true; text: string } | { ok: false; error: string } };

  // ---- popup -> background ----
  /** The coaching of the tab's active editor, as last reported by its content script. */
  'coaching.get': { request: { tabId: number }; response: CoachingState | null };
  /** Turn coaching on or off for a host, or back to the default. */
  'site.set': { request: { host: string; setting: SiteSetting }; response: void };
  /** Pause coaching until the given epoch milliseconds (null: resume now). */
  'snooze.set': { request: { until: number | null }; response: void };
  /** Everything the popup shows for a tab, in one round trip. */
  'popup.state': { request: { tabId: number; url: string }; response: PopupState };

  // ---- popup or options -> background: the team policy and insight (src/team, src/insight) ----
  /** Where the active team policy came from, last fetch, last error, changes since the last version. */
  'team.state': { request: Record<never, never>; response: TeamPolicyState };
  /** Re-read the managed policy and fetch the policy URL now. */
  'team.refresh': { request: Record<never, never>; response: TeamPolicyState };
  /** Use a policy file the agent picked (validated whole; a bad one changes nothing). */
  'team.import': { request: { fileName: string; text: string }; response: TeamPolicyUpdate };
  'team.remove-import': { request: Record<never, never>; response: TeamPolicyState };
  /** The agent's own policy URL (null removes it); refused when the admin set one. */
  'team.set-url': { request: { url: string | null }; response: TeamPolicyUpdate };
  /** The insight counts of the kept days. */
  'insight.get': { request: Record<never, never>; response: InsightLog };
  'insight.clear': { request: Record<never, never>; response: void };

  // ---- options -> background: the rule editor's checks (the options page carries no analyser) ----
  /** A policy draft validated whole; with `examplesOf`, that rule's examples run on it once it is valid. */
  'policy.check': { request: { policy: unknown; examplesOf?: string }; response: { validation: PolicyValidation; exampleFailures: ExampleFailure[] } };
  /** A policy file's text validated whole (every problem listed before an import). */
  'policy.check-text': { request: { text: string }; response: PolicyValidation };
  /** The live tester: a sample reply analysed with a (valid) policy being written, and the rules a condition kept quiet. */
  'policy.try': { request: { policy: Policy; text: string }; response: { findings: Finding[]; quiet: QuietRule[]; rules: PolicyRule[] } };
}

/** The popup's view of one tab. */
export interface PopupState {
  site: SiteStatus;
  coaching: CoachingState | null;
  /** The frame whose editor the coaching is about: the popup's jump, apply and insert go there. */
  frameId: number | null;
  /** The policy analyze() runs now. */
  policy: { name: string; version: string };
}

export type MessageType = keyof Messages;

/** One message, discriminated by `type`. `Message` alone is the union of all of them. */
export type Message<T extends MessageType = MessageType> = {
  [K in T]: { type: K } & Messages[K]['request'];
}[T];

export type ResponseTo<T extends MessageType> = Messages[T]['response'];

/** Sends one message and resolves with its typed response. */
export type Send = <T extends MessageType>(message: Message<T>) => Promise<ResponseTo<T>>;

// A record, so the compiler insists on every message type being listed.
const MESSAGE_TYPES: Record<MessageType, true> = {
  'site.status': true,
  'coach.inject': true,
  analyze: true,
  'coaching.update': true,
  'insight.record': true,
  'settings.changed': true,
  'coaching.jump': true,
  'coaching.apply': true,
  'coaching.insert': true,
  'customer.set': true,
  'customer.use-selection': true,
  'coaching.get': true,
  'site.set': true,
  'snooze.set': true,
  'popup.state': true,
  'team.state': true,
  'team.refresh': true,
  'team.import': true,
  'team.remove-import': true,
  'team.set-url': true,
  'insight.get': true,
  'insight.clear': true,
  'policy.check': true,
  'policy.check-text': true,
  'policy.try': true,
};

/** True for anything shaped like one of our messages (listeners ignore everything else). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    Object.hasOwn(MESSAGE_TYPES, (value as { type: string }).type)
  );
}

/**
 * The name of the long-lived connection a page's coach sends its analyses over (one per
 * frame): each message is `{ id, message }`, each answer an AnalysisReply with the same id.
 */
export const ANALYSIS_CONNECTION = 'reframe-analysis';

/** The background's answer on the analysis connection: the response, or why it failed. */
export interface AnalysisReply {
  id: number;
  response?: unknown;
  error?: string;
}
