// The options page: the agent's languages, sites and categories, then the team policy
// (status, import, rule editor, insight: src/options/team).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Category } from '../core/types';
import { t } from '../platform/i18n';
import { withCategory, withSiteSetting, type Preferences } from '../settings/preferences';
import type { Settings, SettingsStore } from '../settings/settings-store';
import type { SiteSetting } from '../shared/protocol';
import { CategoriesSection } from './categories-section';
import { LanguageSection } from './language-section';
import { SitesSection } from './sites-section';

export interface OptionsProps {
  store: SettingsStore;
  /** The team policy part, mounted below the agent's own settings. */
  team: ComponentChildren;
  /** Rule ids the team policy locks, per category (shown "set by your team", switches disabled). */
  lockedByTeam?: Partial<Record<Category, string[]>>;
  /** Subscribes to changes made elsewhere (popup, another device); returns the unsubscribe. */
  subscribe: (onChange: () => void) => () => void;
}

export function Options({ store, team, lockedByTeam, subscribe }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const reload = () => store.read().then(setSettings);
  useEffect(() => {
    void reload();
    return subscribe(() => void reload());
  }, []);
  if (settings === null) return null;

  const update = async (change: (current: Preferences) => Preferences) => {
    await store.updatePreferences(change);
    await reload();
    setSaved(true);
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <LanguageSection value={settings.preferences.language} onChange={(language) => void update((p) => ({ ...p, language }))} />
      <SitesSection
        sites={settings.preferences.sites}
        onChange={(host: string, setting: SiteSetting) => void update((p) => withSiteSetting(p, host, setting))}
      />
      <CategoriesSection
        off={settings.preferences.categoriesOff}
        onChange={(category: Category, on: boolean) => void update((p) => withCategory(p, category, on))}
        lockedByTeam={lockedByTeam}
      />
      <p class="saved" role="status" aria-live="polite">
        {saved ? t('saved') : ''}
      </p>
      {team}
    </main>
  );
}
