// Categories on or off (COACHING.md's categories; the ids are the public contract).
import { CATEGORIES, type Category } from '../core/types';
import { t } from '../platform/i18n';
import { categoryLabel } from '../popup/labels';

interface CategoriesProps {
  off: Category[];
  onChange: (category: Category, on: boolean) => void;
  /** Rule ids the team locks, per category: they stay on, so their switches are disabled. */
  lockedByTeam?: Partial<Record<Category, string[]>>;
}

export function CategoriesSection({ off, onChange, lockedByTeam = {} }: CategoriesProps) {
  return (
    <fieldset>
      <legend>
        <h2>{t('categoriesHeading')}</h2>
      </legend>
      {CATEGORIES.map((category) => (
        <label key={category} class="choice">
          <input
            type="checkbox"
            name="category"
            value={category}
            checked={!off.includes(category)}
            onChange={(event) => onChange(category, event.currentTarget.checked)}
          />
          {t(categoryLabel(category))}
        </label>
      ))}
      {CATEGORIES.flatMap((category) =>
        (lockedByTeam[category] ?? []).map((ruleId) => (
          <label key={ruleId} class="choice locked" data-locked-rule={ruleId}>
            <input type="checkbox" checked disabled />
            {t(categoryLabel(category))}: {ruleId} ({t('setByTeam')})
          </label>
        )),
      )}
    </fieldset>
  );
}
