// The agent's own preferences, and how a stored (possibly old or hand-edited) copy is read:
// every field that is missing or malformed falls back to its default, the rest is kept.
import { CATEGORIES, type Category } from '../core/types';
import type { SiteSetting } from '../shared/protocol';

export const ANALYSIS_LANGUAGES = ['auto', 'en', 'he'] as const;
export type AnalysisLanguage = (typeof ANALYSIS_LANGUAGES)[number];

/** Synced across the agent's browsers (storage.sync). */
export interface Preferences {
  /** The language replies are analysed in; auto detects it per reply. */
  language: AnalysisLanguage;
  /** The agent's choice per host; hosts without a choice follow the defaults. */
  sites: Record<string, Exclude<SiteSetting, 'default'>>;
  /** Categories the agent switched off (rules the team locks stay on regardless). */
  categoriesOff: Category[];
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'auto', sites: {}, categoriesOff: [] };

/** Reads whatever storage holds into valid preferences, dropping what it cannot use. */
export function readPreferences(stored: unknown): Preferences {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    language: ANALYSIS_LANGUAGES.includes(raw.language as AnalysisLanguage)
      ? (raw.language as AnalysisLanguage)
      : DEFAULT_PREFERENCES.language,
    sites: readSites(raw.sites),
    categoriesOff: Array.isArray(raw.categoriesOff)
      ? CATEGORIES.filter((category) => (raw.categoriesOff as unknown[]).includes(category))
      : [],
  };
}

function readSites(value: unknown): Preferences['sites'] {
  if (typeof value !== 'object' || value === null) return {};
  const sites: Preferences['sites'] = {};
  for (const [host, setting] of Object.entries(value)) {
    const key = normalizeHost(host);
    if (key !== null && (setting === 'on' || setting === 'off')) sites[key] = setting;
  }
  return sites;
}

/** "Support.Example.com" or a pasted URL -> "support.example.com"; null for what is not a host. */
export function normalizeHost(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** The preferences with one host's choice set, or cleared with 'default'. */
export function withSiteSetting(preferences: Preferences, host: string, setting: SiteSetting): Preferences {
  const sites = { ...preferences.sites };
  if (setting === 'default') delete sites[host];
  else sites[host] = setting;
  return { ...preferences, sites };
}

/** The preferences with one category switched on or off. */
export function withCategory(preferences: Preferences, category: Category, on: boolean): Preferences {
  const off = new Set(preferences.categoriesOff);
  if (on) off.delete(category);
  else off.add(category);
  return { ...preferences, categoriesOff: CATEGORIES.filter((each) => off.has(each)) };
}
