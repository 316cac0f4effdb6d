// Which clauses a reflection keeps (issue 12): as many of the facts as fit in the word budget.
// Each clause has a value (how likely it carries a fact the customer would want heard, from
// the clause model in each language's customer-model.ts) and a length; the reflection keeps
// the set with the most value that fits, in the message's order.

export interface Choice {
  words: number;
  value: number;
  /** The clause this one leans on ("who is four" on "my grandson"), by index: it is only kept with that one. */
  needs?: number;
}

/** How many clauses are weighed exactly; past that, the best value per word first. */
const EXACT = 14;

/**
 * The indexes of the chosen clauses, in order. `joint` words are added once when more than one
 * clause is kept ("and"). Clauses worth less than `floor` are never chosen, unless none is worth
 * more: then the best one alone.
 */
export function chooseClauses(choices: Choice[], budget: number, floor: number, joint = 1): number[] {
  const open = choices.map((choice, at) => ({ ...choice, at })).filter((choice) => choice.value >= floor);
  if (open.length === 0) {
    if (choices.length === 0) return [];
    let best = 0;
    for (let at = 1; at < choices.length; at++) if (choices[at]!.value > choices[best]!.value) best = at;
    return [best];
  }
  const cost = (set: typeof open) => set.reduce((sum, choice) => sum + choice.words, 0) + (set.length > 1 ? joint : 0);
  const whole = (set: typeof open) => set.every((choice) => choice.needs === undefined || set.some((other) => other.at === choice.needs));
  let chosen: typeof open;
  if (open.length <= EXACT) {
    chosen = [];
    let bestValue = -1;
    let bestWords = Infinity;
    for (let mask = 1; mask < 1 << open.length; mask++) {
      const set = open.filter((_, at) => mask & (1 << at));
      const words = cost(set);
      if (words > budget || !whole(set)) continue;
      const value = set.reduce((sum, choice) => sum + choice.value, 0);
      if (value > bestValue + 1e-9 || (Math.abs(value - bestValue) <= 1e-9 && words < bestWords)) {
        chosen = set;
        bestValue = value;
        bestWords = words;
      }
    }
  } else {
    chosen = [];
    for (const choice of [...open].sort((a, b) => b.value / b.words - a.value / a.words || a.at - b.at)) {
      if (cost([...chosen, choice]) <= budget && whole([...chosen, choice])) chosen.push(choice);
    }
  }
  if (chosen.length === 0) {
    // Nothing fits: the most valuable clause that leans on no other, however long.
    const alone = open.filter((choice) => choice.needs === undefined);
    chosen = [(alone.length > 0 ? alone : open).reduce((best, choice) => (choice.value > best.value ? choice : best))];
  }
  return chosen.map((choice) => choice.at).sort((a, b) => a - b);
}
