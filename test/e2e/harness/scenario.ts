// The coaching scenario every fixture editor goes through, step by step, as an agent would.
import { expect } from 'vitest';
import type { FixturePage } from './fixture-page';
import type { CardView } from './page-tools';
import { singleChange } from './reply-diff';

/** A reply and two phrases in it that the default policy must flag. */
export interface ScenarioReply {
  text: string;
  /** Clicked to open the card; the apply through the card must stay inside `phrase`. */
  first: { phrase: string; clickOn: string };
  second: { phrase: string; clickOn: string };
  /** Typed after everything, at the end of the reply. */
  more: string;
}

export const ENGLISH_REPLY: ScenarioReply = {
  text: 'Hi Noa, I understand your problem. You should have read the manual before ordering.',
  first: { phrase: 'You should have read the manual', clickOn: 'should' },
  second: { phrase: 'I understand your problem', clickOn: 'understand' },
  more: ' Thanks',
};

export const HEBREW_REPLY: ScenarioReply = {
  text: 'כן הבנתי את הבעיה שלך, היית צריך לקרוא את ההוראות',
  first: { phrase: 'כן הבנתי את הבעיה שלך', clickOn: 'הבנתי' },
  second: { phrase: 'היית צריך לקרוא את ההוראות', clickOn: 'צריך' },
  more: ' תודה',
};

function spanOf(text: string, phrase: string): [number, number] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`scenario: "${phrase}" is not in "${text}"`);
  return [start, start + phrase.length];
}

function overlaps([start, end]: [number, number], text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && at < end && at + part.length > start;
}

/** Type the reply; findings come, on the right words; the model holds exactly what was typed. */
export async function typeAndSeeFindings(fixture: FixturePage, reply: ScenarioReply): Promise<void> {
  await fixture.focus();
  await fixture.type(reply.text);
  await fixture.expectModelText(reply.text);
  await fixture.waitForFindings({ min: 2 }, 'two findings on the typed reply');
  // A text field's underlines are drawn boxes: the clicks on the phrases check where they are.
  if (!(await fixture.isTextField())) {
    const highlighted = await fixture.highlightedTexts();
    for (const { phrase } of [reply.first, reply.second]) {
      const span = spanOf(reply.text, phrase);
      expect(highlighted.some((part) => overlaps(span, reply.text, part)), `a highlight on "${phrase}"; highlighted: ${JSON.stringify(highlighted)}`).toBe(true);
    }
    // Quoted history and signatures are not the agent's reply (both carry flaggable words).
    expect(await fixture.highlightedTexts('.gmail_quote, .gmail_signature')).toEqual([]);
  }
}

/** The apply changed one stretch, inside the flagged phrase, into the suggestion's text. */
export function expectAppliedInside(before: string, after: string, phrase: string, card: CardView | null): void {
  const change = singleChange(before, after);
  const [start, end] = spanOf(before, phrase);
  const seen = `the card said "${card?.title}"; the change was ${JSON.stringify(change)}`;
  expect(change.inserted.length + change.removed.length, `the apply changed nothing: "${after}"`).toBeGreaterThan(0);
  expect(change.at >= start && change.at + change.removed.length <= end, `the change lies outside "${phrase}": ${seen}`).toBe(true);
  const suggestion = card?.suggestions[0] ?? '';
  // Enter reaching the editor instead of the card inserts a bare line break: never a suggestion.
  expect(/[\r\n]/.test(change.inserted) && !/[\r\n]/.test(suggestion), `a line break was inserted: ${seen}`).toBe(false);
  if (change.inserted.trim() === '') {
    expect(change.removed.trim(), `only white space was inserted and no words removed: ${seen}`).not.toBe('');
  } else {
    expect(suggestion, `the inserted text comes from the first suggestion: ${seen}`).toContain(change.inserted.trim());
  }
}

export async function pressAltShift(fixture: FixturePage, key: 'KeyR'): Promise<void> {
  const keyboard = fixture.page.keyboard;
  await keyboard.down('Alt');
  await keyboard.down('Shift');
  await keyboard.press(key);
  await keyboard.up('Shift');
  await keyboard.up('Alt');
}

/** Runs one step of a scenario; a failure names the step, so a report says where it broke. */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `[step: ${name}] ${error.message}`;
    throw error;
  }
}

/**
 * Applies a suggestion of the open `card` with `action` (a click, or Enter), checks that only
 * `phrase` changed, waits for the card to close and the editor to have the focus back, and
 * returns the new model text.
 */
export async function applyFromCard(
  fixture: FixturePage,
  action: () => Promise<void>,
  what: string,
  expected: { before: string; phrase: string; card: CardView | null },
): Promise<string> {
  await fixture.thenRendered(action, what);
  const applied = await fixture.settledModelText({ differsFrom: expected.before });
  expectAppliedInside(expected.before, applied, expected.phrase, expected.card);
  await fixture.waitForCard(false);
  await fixture.waitForEditorFocus();
  return applied;
}

/** Ctrl+Z: the model holds exactly `text` again. */
export async function undoTo(fixture: FixturePage, text: string): Promise<void> {
  await fixture.thenRendered(() => fixture.pressWithControl('KeyZ'), 'Ctrl+Z');
  await fixture.expectModelText(text);
}
