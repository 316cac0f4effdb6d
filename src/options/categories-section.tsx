// Categories on or off (COACHING.md's categories; the ids are the public contract).
import { CATEGORIES, type Category } from '../core/types';
import { t } from '../platform/i18n';
import { categoryLabel } from '../popup/labels';

export function CategoriesSection({ off, onChange }: { off: Category[]; onChange: (category: Category, on: boolean) => void }) {
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
    </fieldset>
  );
}
