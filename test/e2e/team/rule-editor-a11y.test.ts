// The rule editor in the real options page (Chromium) passes axe-core's accessibility checks
// with a rule selected, its conditions in words and the live tester showing a finding and a
// rule kept quiet; the screenshot of that view goes into test-results (and the README).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type LaunchedBrowser } from '../harness/browsers';
import { openOptions } from './extension-pages';

const SCREENSHOTS = 'test-results/screenshots';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** What axe-core (already injected) finds wrong in the page, one line per element. */
function axeViolations(page: Page): Promise<Violation[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
}

describe('rule editor accessibility in chromium', () => {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launch('chromium');
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => launched?.close());

  it('has no axe violations with a rule selected and the tester in use', async () => {
    const page = await openOptions(launched!.browser);
    await page.setViewport({ width: 1280, height: 900 });
    await page.click('::-p-text(Start from a copy of the default policy)');
    await page.click('.rf-rule-list details[data-category="bare-refusal"] summary');
    await page.click('.rf-rule-list details[data-category="bare-refusal"] li button');
    await page.waitForSelector('::-p-text(Only when the reply has none of these)');
    await page.type('#rf-tester-sample', "You should have read the manual. We are unable to refund this booking. I'll update you by 3 pm today.");
    await page.waitForSelector('.rf-tester-quiet [data-rule-id="bare-refusal"]');
    await page.waitForSelector('.rf-tester-findings [data-rule-id="blame-should-have"]');

    await page.evaluate(AXE_SOURCE);
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval('.rf-rules', (element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SCREENSHOTS}/rule-editor-chromium.png` });

    // A new rule, still empty: its problems are listed beside the fields and counted in the list.
    await page.click('::-p-text(Add a rule)');
    await page.waitForSelector('.rf-rule-list .rf-badge');
    expect(await axeViolations(page)).toEqual([]);
  });
});
