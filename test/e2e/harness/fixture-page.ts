// Drives one fixture editor the way an agent does: real clicks and key events only; reads the
// editor framework's model through window.__fixture to check nothing was lost.
import type { Page } from 'puppeteer-core';
import { installPageTools, type Box, type CardView } from './page-tools';
import type { Target } from './targets';

export class FixturePage {
  constructor(
    readonly page: Page,
    readonly target: Target,
  ) {}

  /** Loads the target's page fresh and waits until its editor can be typed in. */
  static async open(page: Page, origin: string, target: Target): Promise<FixturePage> {
    await page.goto(`${origin}/${target.path}`, { waitUntil: 'load' });
    await page
      .waitForFunction(() => window.__fixture !== undefined, { timeout: 10_000 })
      .catch(() => {
        throw new Error(`${target.path}: window.__fixture never appeared (a script error on the page?)`);
      });
    await target.prepare?.(page);
    await page.evaluate(installPageTools);
    // Start counting reframe:rendered now, so no render between two steps goes unseen.
    await page.evaluate((id) => window.__e2e!.renders(id), target.editorId);
    return new FixturePage(page, target);
  }

  /** Text fields (textarea) get a drawn overlay; contenteditables get CSS highlights. */
  isTextField(): Promise<boolean> {
    return this.page.evaluate((id) => {
      const editor = window.__fixture!.editor(id);
      return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;
    }, this.target.editorId);
  }

  modelText(): Promise<string> {
    return this.page.evaluate((id) => window.__fixture!.getModelText(id), this.target.editorId);
  }

  /**
   * Waits until the model text satisfies `accept` (editors such as Draft.js undo a tick later),
   * and returns it; on timeout returns what the model holds then, for the test to report.
   */
  async settledModelText(accept: { equals: string } | { differsFrom: string }): Promise<string> {
    await this.page
      .waitForFunction(
        (id, want, mustEqual) => (window.__fixture!.getModelText(id) === want) === mustEqual,
        { timeout: 5_000 },
        this.target.editorId,
        'equals' in accept ? accept.equals : accept.differsFrom,
        'equals' in accept,
      )
      .catch(() => undefined);
    return this.modelText();
  }

  /** Fails, showing both texts whole, unless the model settles on `expected`. */
  async expectModelText(expected: string): Promise<void> {
    const actual = await this.settledModelText({ equals: expected });
    if (actual !== expected) throw new Error(`${this.target.label}: the model holds ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }

  /** Clicks into the editor's first line, as an agent starting a reply does. */
  async focus(): Promise<void> {
    // A second editor of an open page starts counting its renders before it is typed in.
    await this.page.evaluate((id) => window.__e2e!.renders(id), this.target.editorId);
    const box = await this.page.evaluate((id) => window.__e2e!.editorBox(id), this.target.editorId);
    await this.page.mouse.click(box.x + 12, box.y + 12);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async pressWithControl(key: 'KeyZ' | 'KeyY'): Promise<void> {
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press(key);
    await this.page.keyboard.up('Control');
  }

  boxOf(phrase: string): Promise<Box> {
    return this.page.evaluate((id, text) => window.__e2e!.boxOf(id, text), this.target.editorId, phrase);
  }

  /** Clicks in the middle of the phrase (where its underline is). */
  async clickOn(phrase: string): Promise<void> {
    const box = await this.boxOf(phrase);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Puts the caret right after the phrase with a click on its last letter's trailing half. */
  async clickAfter(phrase: string): Promise<void> {
    const box = await this.boxOf(phrase);
    await this.page.mouse.click(box.x + box.width - 1, box.y + box.height / 2);
  }

  highlightedTexts(within?: string): Promise<string[]> {
    return this.page.evaluate((id, selector) => window.__e2e!.highlightedTexts(id, selector ?? undefined), this.target.editorId, within ?? null);
  }

  findingsCount(): Promise<number | null> {
    return this.page.evaluate((id) => window.__e2e!.findingsCount(id), this.target.editorId);
  }

  card(): Promise<CardView | null> {
    return this.page.evaluate(() => window.__e2e!.card());
  }

  /**
   * Waits, on the DOM contract and without sleeping, until data-reframe-findings lies within
   * [min, max] after a render of the editor's text as it is now (renders while typing are for
   * a half-typed reply); the extension updates it after each analysis.
   */
  async waitForFindings({ min = 0, max = Infinity }: { min?: number; max?: number }, what: string): Promise<number> {
    try {
      await this.page.waitForFunction(
        (id, low, high) => {
          const count = window.__e2e!.findingsCount(id);
          return count !== null && count >= low && count <= (high ?? Infinity) && window.__e2e!.caughtUp(id);
        },
        { timeout: 10_000 },
        this.target.editorId,
        min,
        Number.isFinite(max) ? max : null,
      );
    } catch {
      throw new Error(`${this.target.label}: waited 10 s for ${what}; data-reframe-findings is ${await this.findingsCount()}`);
    }
    return (await this.findingsCount()) as number;
  }

  async waitForCard(open: boolean): Promise<CardView | null> {
    try {
      await this.page.waitForFunction((want) => (window.__e2e!.card() !== null) === want, { timeout: 5_000 }, open);
    } catch (error) {
      const still = open ? '' : `; the card open then: "${(await this.card().catch(() => null))?.title}"`;
      throw new Error(`${this.target.label}: the card did not ${open ? 'open' : 'close'} (${(error as Error).message})${still}; model: ${JSON.stringify(await this.modelText())}`);
    }
    return this.card();
  }

  /**
   * Runs `action` (an edit), then waits for a later reframe:rendered on the editor for the text
   * as it is now: coaching has caught up with the new text, as it has by the time an agent looks again.
   */
  async thenRendered(action: () => Promise<void>, what: string): Promise<void> {
    const before = await this.page.evaluate((id) => window.__e2e!.renders(id), this.target.editorId);
    await action();
    await this.page
      .waitForFunction((id, count) => window.__e2e!.renders(id) > count && window.__e2e!.caughtUp(id), { timeout: 10_000 }, this.target.editorId, before)
      .catch(() => {
        throw new Error(`${this.target.label}: no reframe:rendered within 10 s after ${what}`);
      });
  }

  /** Waits until the editor has the keyboard focus again (the card gives it back on Esc). */
  async waitForEditorFocus(): Promise<void> {
    await this.page
      .waitForFunction((id) => window.__e2e!.editorFocused(id), { timeout: 5_000 }, this.target.editorId)
      .catch(() => {
        throw new Error(`${this.target.label}: the editor did not get the focus back within 5 s`);
      });
  }

  /** Clicks the suggestion button `index` of the open card (a real click through the shadow root). */
  async clickSuggestion(index: number): Promise<void> {
    for (const frame of this.page.frames()) {
      for (const dialog of await frame.$$('reframe-coach >>> [role="dialog"]')) {
        if ((await dialog.boundingBox()) === null) continue; // a closed card
        const button = (await dialog.$$('[data-reframe-action="apply"]'))[index];
        if (!button) throw new Error(`${this.target.label}: the open card has no apply button #${index}`);
        await button.click();
        return;
      }
    }
    throw new Error(`${this.target.label}: no open card to click a suggestion in`);
  }
}
