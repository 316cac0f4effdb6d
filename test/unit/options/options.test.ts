// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../src/settings/settings-store';
import { memoryStorage } from '../team/team-fakes';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('../popup/fake-browser')).fakeBrowser }));

const { Options } = await import('../../../src/options/options');
const { applyUiDirection } = await import('../../../src/platform/i18n');
const { useUiLanguage } = await import('../popup/fake-browser');
const { button, click, mount, settle } = await import('../popup/render');

async function setup() {
  const sync = memoryStorage();
  const store = createSettingsStore({ sync, local: memoryStorage() });
  const listeners: Array<() => void> = [];
  const subscribe = (listener: () => void) => {
    listeners.push(listener);
    return () => listeners.splice(listeners.indexOf(listener), 1);
  };
  const root = await mount(Options, { store, subscribe, team: h('section', { id: 'team-part' }, 'team policy') });
  return { root, store, listeners };
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const labelled = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('label')].find((label) => label.textContent?.trim() === text)?.querySelector('input') as HTMLInputElement;

describe('options page', () => {
  it('saves the language replies are analysed in', async () => {
    const { root, store } = await setup();
    expect(labelled(root, 'Detect for each reply').checked).toBe(true);
    await click(labelled(root, 'Hebrew'));
    expect((await store.read()).preferences.language).toBe('he');
    expect(labelled(root, 'Hebrew').checked).toBe(true);
    expect(root.querySelector('.saved')?.textContent).toBe('Saved.');
  });

  it('adds a site from a pasted address, lists it, and forgets it', async () => {
    const { root, store } = await setup();
    expect(root.textContent).toContain('You have not chosen any site yet.');
    await type(root.querySelector('#site-input') as HTMLInputElement, 'https://Support.Example.com/tickets/12');
    await click(button(root, 'Add'));
    expect((await store.read()).preferences.sites).toEqual({ 'support.example.com': 'on' });
    expect(root.querySelector('.sites')?.textContent).toContain('support.example.com');
    await click(button(root, 'Forget support.example.com'));
    expect((await store.read()).preferences.sites).toEqual({});
  });

  it('refuses what is not a host name, says what to enter, and saves nothing', async () => {
    const { root, store } = await setup();
    const input = root.querySelector('#site-input') as HTMLInputElement;
    await type(input, 'support desk');
    await click(button(root, 'Add'));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('“support desk” is not a host name. Enter one like support.example.com.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await store.read()).preferences.sites).toEqual({});
  });

  it('switches a category off and on again', async () => {
    const { root, store } = await setup();
    const blame = labelled(root, 'Blame');
    expect(blame.checked).toBe(true);
    await click(blame);
    expect((await store.read()).preferences.categoriesOff).toEqual(['blame']);
    await click(labelled(root, 'Blame'));
    expect((await store.read()).preferences.categoriesOff).toEqual([]);
  });

  it('shows changes made elsewhere (the popup) without a reload', async () => {
    const { root, store, listeners } = await setup();
    await store.updatePreferences((preferences) => ({ ...preferences, sites: { 'mail.google.com': 'off' } }));
    await act(async () => listeners.forEach((listener) => listener()));
    await settle();
    expect(root.querySelector('.sites')?.textContent).toContain('mail.google.com off');
  });

  it('lays the whole page out right to left, its heading included, when the UI language is Hebrew', async () => {
    useUiLanguage('he');
    try {
      applyUiDirection(document.documentElement);
      const { root } = await setup();
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.documentElement.lang).toBe('he');
      // Nothing inside sets its own direction back to left to right.
      expect(root.querySelector('h1')?.closest('[dir]')).toBe(document.documentElement);
      expect(root.querySelector('h1')?.textContent).toBe('הגדרות Reframe');
    } finally {
      useUiLanguage('en');
      applyUiDirection(document.documentElement);
    }
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('mounts the team policy part below the agent settings', async () => {
    const { root } = await setup();
    const sections = [...root.querySelectorAll('main > *')].map((each) => each.tagName.toLowerCase() + (each.id ? `#${each.id}` : ''));
    expect(sections.at(-1)).toBe('section#team-part');
  });
});
