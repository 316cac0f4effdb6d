import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  normalizeHost,
  readPreferences,
  withCategory,
  withSiteSetting,
} from '../../../src/settings/preferences';
import { createSettingsStore } from '../../../src/settings/settings-store';
import { isSiteOn, toggledSetting } from '../../../src/settings/site-coaching';
import { snoozeEnd } from '../../../src/settings/snooze';
import { memoryStorage } from '../team/team-fakes';

describe('reading stored preferences', () => {
  it('falls back to the defaults for nothing or garbage', () => {
    expect(readPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences('on')).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences({ language: 'fr', sites: ['x'], categoriesOff: 'blame' })).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps every valid field and drops only what it cannot use', () => {
    const stored = {
      language: 'he',
      sites: { 'Help.Example.org': 'on', 'mail.google.com': 'off', 'bad host': 'on', 'acme.zendesk.com': 'maybe' },
      categoriesOff: ['vague-timeline', 'not-a-category', 'blame'],
      somethingFromAnOlderVersion: true,
    };
    expect(readPreferences(stored)).toEqual({
      language: 'he',
      sites: { 'help.example.org': 'on', 'mail.google.com': 'off' },
      // In the contract's order, without unknown ids.
      categoriesOff: ['blame', 'vague-timeline'],
    });
  });
});

describe('host names', () => {
  it.each([
    ['support.example.com', 'support.example.com'],
    ['  Support.Example.COM ', 'support.example.com'],
    ['https://acme.zendesk.com/agent/tickets/5', 'acme.zendesk.com'],
    ['localhost:8080', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%j is the site %j', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });

  it.each(['', 'support desk', 'https://', 'ex ample.com/x'])('%j is not a site', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });
});

describe('changing preferences', () => {
  it("sets a site's choice and clears it back to the default", () => {
    const on = withSiteSetting(DEFAULT_PREFERENCES, 'help.example.org', 'on');
    expect(on.sites).toEqual({ 'help.example.org': 'on' });
    expect(withSiteSetting(on, 'help.example.org', 'default').sites).toEqual({});
    expect(DEFAULT_PREFERENCES.sites).toEqual({});
  });

  it('switches categories off and on without repeats', () => {
    const off = withCategory(withCategory(DEFAULT_PREFERENCES, 'blame', false), 'blame', false);
    expect(off.categoriesOff).toEqual(['blame']);
    expect(withCategory(off, 'blame', true).categoriesOff).toEqual([]);
  });

  it('saves preferences in sync storage and the snooze on this device', async () => {
    const sync = memoryStorage();
    const local = memoryStorage();
    const store = createSettingsStore({ sync, local });
    await store.updatePreferences((preferences) => withSiteSetting(preferences, 'help.example.org', 'on'));
    await store.updatePreferences((preferences) => ({ ...preferences, language: 'en' }));
    await store.setSnooze(1234);
    expect(await store.read()).toEqual({
      preferences: { language: 'en', sites: { 'help.example.org': 'on' }, categoriesOff: [] },
      snoozedUntil: 1234,
    });
    expect(sync.data.has('preferences')).toBe(true);
    expect(local.data.get('snoozedUntil')).toBe(1234);
  });
});

describe('coaching on a site', () => {
  it('is on where agents work and on pages that ask, unless the agent said otherwise', () => {
    expect(isSiteOn({ host: 'acme.zendesk.com', setting: 'default' }, false)).toBe(true);
    expect(isSiteOn({ host: 'help.example.org', setting: 'default' }, false)).toBe(false);
    expect(isSiteOn({ host: 'help.example.org', setting: 'default' }, true)).toBe(true);
    expect(isSiteOn({ host: 'help.example.org', setting: 'on' }, false)).toBe(true);
    expect(isSiteOn({ host: 'acme.zendesk.com', setting: 'off' }, true)).toBe(false);
  });

  it('flips with one click: off is explicit, on goes back to the default where that is on', () => {
    expect(toggledSetting({ host: 'acme.zendesk.com', setting: 'default' }, false)).toBe('off');
    expect(toggledSetting({ host: 'acme.zendesk.com', setting: 'off' }, false)).toBe('default');
    expect(toggledSetting({ host: 'help.example.org', setting: 'default' }, false)).toBe('on');
    expect(toggledSetting({ host: 'help.example.org', setting: 'on' }, false)).toBe('off');
  });
});

describe('snooze', () => {
  it('ends in an hour, or at the start of tomorrow in local time', () => {
    const now = new Date(2026, 10, 22, 21, 15);
    expect(snoozeEnd('hour', now)).toBe(now.getTime() + 3_600_000);
    expect(new Date(snoozeEnd('tomorrow', now))).toEqual(new Date(2026, 10, 23, 0, 0));
  });
});
