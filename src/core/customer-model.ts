// A small linear model over named features, as the customer readers use it (issue 12): the
// mood of a message, and whether it is sarcastic. The weights are learned by
// scripts/train-customer.mjs on the train parts of the labelled sets and written beside each
// language's reader; reading a message is a sum of weights, deterministic and DOM-free.

/** Named feature values of one message (absent features are 0). */
export type Features = Map<string, number>;

export interface LinearModel<Label extends string> {
  labels: readonly Label[];
  /** Per feature, one weight per label. */
  weights: Readonly<Record<string, readonly number[]>>;
  bias: readonly number[];
}

/** The score of every label. */
export function linearScores<Label extends string>(model: LinearModel<Label>, features: Features): number[] {
  const scores = [...model.bias];
  for (const [name, value] of features) {
    const weights = model.weights[name];
    if (!weights || value === 0) continue;
    for (let at = 0; at < scores.length; at++) scores[at]! += weights[at]! * value;
  }
  return scores;
}

/** The label with the highest score (the first of equals). */
export function bestLabel<Label extends string>(model: LinearModel<Label>, features: Features): Label {
  const scores = linearScores(model, features);
  let best = 0;
  for (let at = 1; at < scores.length; at++) if (scores[at]! > scores[best]!) best = at;
  return model.labels[best]!;
}

/** Adds `value` to a feature. */
export function add(features: Features, name: string, value = 1): void {
  if (value !== 0) features.set(name, (features.get(name) ?? 0) + value);
}

/** The probability of 'yes' from a two-label model ('no', 'yes'). */
export function probabilityOfYes(model: LinearModel<'no' | 'yes'>, features: Features): number {
  const [no = 0, yes = 0] = linearScores(model, features);
  return 1 / (1 + Math.exp(no - yes));
}
