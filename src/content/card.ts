// The suggestion card: category, message, why, one button per suggestion, dismiss. Built
// with DOM calls (text only, never HTML from the policy) inside the coach's shadow root.
import type { Finding } from '../core/types';
import { cardKey } from './card-keys';
import { CARD_STRINGS } from './card-strings';

export interface CardActions {
  apply(suggestionIndex: number): void;
  dismiss(): void;
  /** Esc: close and give the editor its focus and caret back. */
  close(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface Card {
  dialog: HTMLElement;
  /** Handles one key as the card's keyboard does; false when the key is not the card's. */
  press(key: string): boolean;
  /** Focuses the card again (the editor took the focus): the suggestion chosen, else the card. */
  takeFocus(): void;
}

/** Builds the card for one finding; the caller places and shows it. */
export function buildCard(doc: Document, finding: Finding, actions: CardActions): Card {
  const strings = CARD_STRINGS[finding.lang];
  const dialog = element(doc, 'div', `card ${finding.category}`);
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', strings.dialogLabel);
  dialog.setAttribute('data-category', finding.category);
  dialog.dir = finding.lang === 'he' ? 'rtl' : 'ltr';
  dialog.lang = finding.lang;

  const header = element(doc, 'div', 'header');
  header.append(element(doc, 'span', 'category', strings.categories[finding.category]));
  const close = element(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', strings.close);
  close.setAttribute('data-reframe-action', 'close');
  close.addEventListener('click', () => actions.close());
  header.append(close);

  const message = element(doc, 'p', 'message', finding.message);
  message.id = 'reframe-card-message';
  dialog.setAttribute('aria-describedby', message.id);
  const why = element(doc, 'p', 'why', finding.why);
  // A finding of the sentence model names the words that weighed most ("flagged because of: only, tiny").
  const because = finding.because?.length ? [element(doc, 'p', 'because', `${strings.because} ${finding.because.join(', ')}`)] : [];

  const suggestions = finding.suggestions.map((suggestion, index) => {
    const button = element(doc, 'button', 'suggestion');
    button.type = 'button';
    button.setAttribute('data-reframe-action', 'apply');
    button.append(element(doc, 'span', 'label', suggestion.label), element(doc, 'span', 'text', suggestion.text));
    button.addEventListener('click', () => actions.apply(index));
    return button;
  });
  const list = element(doc, 'div', 'suggestions');
  list.append(...suggestions);

  const dismiss = element(doc, 'button', 'dismiss', strings.dismiss);
  dismiss.type = 'button';
  dismiss.setAttribute('data-reframe-action', 'dismiss');
  dismiss.addEventListener('click', () => actions.dismiss());

  dialog.append(header, message, why, ...because, list, dismiss);
  // The suggestion chosen is the card's own state, not the DOM focus: an editor that takes the
  // focus back when it re-renders (Lexical) must not make Enter forget what ArrowDown chose.
  // null: nothing picked yet (Enter takes the first); -1: another control (Dismiss) has the focus.
  let chosen: number | null = null;
  dialog.addEventListener('focusin', (event) => {
    if (event.target === dialog) return;
    chosen = suggestions.indexOf(event.target as HTMLButtonElement);
  });
  const press = (key: string): boolean => {
    const effect = cardKey(key, chosen, suggestions.length);
    if (effect.kind === 'focus') suggestions[effect.index]!.focus();
    else if (effect.kind === 'apply') actions.apply(effect.index);
    else if (effect.kind === 'close') actions.close();
    return effect.kind !== 'none';
  };
  const takeFocus = () => ((chosen === null ? undefined : suggestions[chosen]) ?? dialog).focus();
  dialog.addEventListener('keydown', (event) => {
    if (!press(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
  });
  return { dialog, press, takeFocus };
}
