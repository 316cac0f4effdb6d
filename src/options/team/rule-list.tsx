// The policy's rules grouped by category, each group with what the category means for a
// customer and each rule by the phrase it finds; only the group of the selected rule is open.
import { CATEGORIES, type Category } from '../../core/types';
import { t } from '../../platform/i18n';
import type { PolicyRule } from '../../policy/types';
import { categoryLabel, categoryMeaning } from '../../popup/labels';
import { errorCountOfRule } from './field-errors';
import { RuleId, RuleTitle } from './rule-title';

interface Props {
  rules: readonly PolicyRule[];
  selected: number;
  locks: ReadonlySet<string>;
  errors: Map<string, string[]>;
  onSelect: (index: number) => void;
}

interface Group {
  key: string;
  name: string;
  /** What the category means for a customer (none for rules whose category is not known). */
  meaning?: string;
  members: { rule: PolicyRule; index: number }[];
}

export function RuleList({ rules, selected, locks, errors, onSelect }: Props) {
  const selectedGroup = groupKeyOf(rules[selected]);
  return (
    <div class="rf-rule-list" role="group" aria-label={t('editorRules')}>
      {groupsOf(rules).map((group) => (
        <details key={group.key} class="rf-group" data-category={group.key} open={group.key === selectedGroup}>
          <summary>
            <span class="rf-group-name">{group.name}</span> <span class="rf-group-count">({t('ruleGroupCount', String(group.members.length))})</span>
            {group.meaning && <small class="rf-group-meaning">{group.meaning}</small>}
          </summary>
          <ul>
            {group.members.map(({ rule, index }) => {
              const count = errorCountOfRule(errors, index);
              return (
                <li key={index}>
                  <button type="button" aria-current={index === selected ? 'true' : undefined} onClick={() => onSelect(index)}>
                    <RuleTitle rule={rule} fallback={t('ruleNumbered', String(index + 1))} />
                    {locks.has(rule.id) && (
                      <span role="img" aria-label={t('ruleLockedMark')}>
                        {' 🔒'}
                      </span>
                    )}
                    {count > 0 && (
                      <span class="rf-badge" aria-label={t('ruleProblemCount', String(count))}>
                        {' '}
                        {count}
                      </span>
                    )}{' '}
                    <RuleId id={rule.id} />
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}

const OTHER = 'other';

function groupKeyOf(rule: PolicyRule | undefined): string | undefined {
  if (!rule) return undefined;
  return (CATEGORIES as readonly string[]).includes(rule.category) ? rule.category : OTHER;
}

/** The groups that have rules, in the categories' order; rules with an unknown category last. */
function groupsOf(rules: readonly PolicyRule[]): Group[] {
  const members = (key: string) => rules.flatMap((rule, index) => (groupKeyOf(rule) === key ? [{ rule, index }] : []));
  const groups: Group[] = CATEGORIES.map((category: Category) => ({
    key: category,
    name: t(categoryLabel(category)),
    meaning: t(categoryMeaning(category)),
    members: members(category),
  }));
  groups.push({ key: OTHER, name: t('ruleGroupUnknown'), members: members(OTHER) });
  return groups.filter((group) => group.members.length > 0);
}
