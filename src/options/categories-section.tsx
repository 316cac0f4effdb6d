// Categories on or off (COACHING.md's categories; the ids are the public contract).
import { CATEGORIES, type Category } from '../core/types';
import { t } from '../platform/i18n';
import { categoryLabel } from '../popup/labels';
import { Choice, ChoiceGroup } from './choice-group';

interface CategoriesProps {
  off: Category[];
  onChange: (category: Category, on: boolean) => void;
  /** Rule ids the team locks, per category: they stay on, so their switches are disabled. */
  lockedByTeam?: Partial<Record<Category, string[]>>;
}

export function CategoriesSection({ off, onChange, lockedByTeam = {} }: CategoriesProps) {
  return (
    <ChoiceGroup heading={t('categoriesHeading')}>
      {CATEGORIES.map((category) => (
        <Choice key={category} type="checkbox" name="category" value={category} checked={!off.includes(category)} onChange={(on) => onChange(category, on)}>
          {t(categoryLabel(category))}
        </Choice>
      ))}
      {CATEGORIES.flatMap((category) =>
        (lockedByTeam[category] ?? []).map((ruleId) => (
          <Choice key={ruleId} type="checkbox" checked lockedRule={ruleId}>
            {t(categoryLabel(category))}: {ruleId} ({t('setByTeam')})
          </Choice>
        )),
      )}
    </ChoiceGroup>
  );
}
