// Team policy end to end in Debian's Chromium: a policy pushed through Chromium's managed
// policy mechanism changes what is flagged and locks what it locks; a policy URL on 127.0.0.1
// is picked up, a new version replaces it in an open page without a reload, and a broken
// version is refused with the last good one kept and the error shown.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CHROME_EXTENSION_ID } from '../../../scripts/build-extension.mjs';
import { serveFixtures } from '../../../scripts/serve-fixtures.mjs';
import { launch, type LaunchedBrowser } from '../harness/browsers';
import { FixturePage } from '../harness/fixture-page';
import { startOutboundSink, type OutboundSink } from '../harness/outbound-sink';
import { TARGETS } from '../harness/targets';
import { teamPolicy } from '../../unit/team/team-fakes';
import { pushChromiumPolicy } from './enterprise-policy';
import { openOptions, textOf, waitForText } from './extension-pages';
import { startPolicyServer, type PolicyServer } from './policy-server';

const TEXTAREA = TARGETS.find((target) => target.label === 'textarea')!;
/** The default policy flags only "will never happen again" here; the team rule adds the courier date. */
const REPLY = 'Good news, it will arrive tomorrow. This will never happen again.';

let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
let sink: OutboundSink;
beforeAll(async () => {
  fixtures = await serveFixtures();
  sink = await startOutboundSink();
});
afterAll(async () => {
  await fixtures?.close();
  await sink?.close();
});

async function typeReply(page: Page, reply: string): Promise<FixturePage> {
  const fixture = await FixturePage.open(page, fixtures.origin, TEXTAREA);
  await fixture.focus();
  await fixture.type(reply);
  return fixture;
}

describe('managed policy in chromium', () => {
  let launched: LaunchedBrowser | undefined;
  let removePolicy: () => void = () => undefined;
  beforeAll(async () => {
    removePolicy = pushChromiumPolicy(CHROME_EXTENSION_ID, { policy: JSON.stringify(teamPolicy('managed-1')) });
    launched = await launch('chromium', { sink });
  });
  afterAll(async () => {
    removePolicy();
    await launched?.close();
  });

  it('changes what is flagged and keeps a locked rule on when the agent switches its category off', async () => {
    const browser = launched!.browser;
    const options = await openOptions(browser);
    await waitForText(options, '[data-testid="team-policy-source"]', /set by your administrator/, 'the managed policy');
    expect(await textOf(options, '[data-testid="team-policy-title"]')).toBe('Acme support, version managed-1');
    const lockedSwitch = await options.$eval('[data-locked-rule="acme-courier-date"]', (label) => ({
      text: label.textContent,
      checked: label.querySelector('input')!.checked,
      disabled: label.querySelector('input')!.disabled,
    }));
    expect(lockedSwitch).toEqual({ text: expect.stringContaining('set by your team'), checked: true, disabled: true });

    const page = await browser.newPage();
    const fixture = await typeReply(page, REPLY);
    expect(await fixture.waitForFindings({ min: 2, max: 2 }, "the team's rule and the default one")).toBe(2);
    await fixture.clickOn('arrive');
    const card = await fixture.waitForCard(true);
    expect(card?.text).toContain('Do not promise a delivery date before the courier confirms it.');

    // The agent switches Over-promise off: the default rule goes, the team's locked one stays.
    await options.bringToFront();
    await options.click('input[name="category"][value="over-promise"]');
    await page.bringToFront();
    expect(await fixture.waitForFindings({ min: 1, max: 1 }, 'only the locked rule')).toBe(1);
    expect(await fixture.modelText()).toBe(REPLY);
    expect(sink.attempts).toEqual([]);
  });
});

describe('policy URL in chromium', () => {
  let launched: LaunchedBrowser | undefined;
  let server: PolicyServer;
  beforeAll(async () => {
    server = await startPolicyServer();
    launched = await launch('chromium', { sink });
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(sink.attempts, 'the policy fetch is the only request, and it stays on 127.0.0.1').toEqual([]);
  });

  it('is picked up, replaced by a new version without reloading the page, and keeps the last good one on a broken version', async () => {
    const browser = launched!.browser;
    const v1 = teamPolicy('1');
    const shipsToday = { ...v1.rules![0]!, id: 'acme-ships-today', patterns: ['the parcel ships today'], examples: { flag: ['Good news, the parcel ships today.'], pass: ['The parcel ships once it is packed.'] } };
    server.serve(v1);

    const options = await openOptions(browser);
    await options.type('#rf-policy-url', server.url);
    await options.click('.rf-team-status button[type="submit"]');
    await waitForText(options, '[data-testid="team-policy-title"]', /^Acme support, version 1$/, 'version 1 from the URL');
    expect(await textOf(options, '[data-testid="team-policy-source"]')).toContain(server.url);

    const page = await browser.newPage();
    const fixture = await typeReply(page, 'Good news, it will arrive tomorrow and the parcel ships today.');
    expect(await fixture.waitForFindings({ min: 1, max: 1 }, 'the courier-date rule of version 1')).toBe(1);

    // Version 2 adds a rule: the open page picks it up without a reload.
    server.serve(teamPolicy('2', { rules: [...v1.rules!, shipsToday] }));
    await options.bringToFront();
    await options.click('::-p-text(Check now)');
    await waitForText(options, '[data-testid="team-policy-title"]', /version 2$/, 'version 2');
    expect(await textOf(options, '[data-testid="team-policy-changes"]')).toBe('Changed since version 1: added acme-ships-today');
    await page.bringToFront();
    expect(await fixture.waitForFindings({ min: 2, max: 2 }, 'both rules of version 2, same page')).toBe(2);
    expect(server.requests.at(-1)?.ifNoneMatch).toMatch(/^".+"$/);

    // Version 3 is broken: refused whole, version 2 stays in force, the error is shown.
    server.serve({ ...teamPolicy('3'), rules: [{ ...shipsToday, category: 'rudeness' }] });
    await options.bringToFront();
    await options.click('::-p-text(Check now)');
    const problem = await waitForText(options, '[data-testid="team-policy-problem"]', /refused/, 'the refusal of version 3');
    expect(problem).toMatch(/acme-ships-today.*category/);
    expect(await textOf(options, '[data-testid="team-policy-title"]')).toBe('Acme support, version 2');

    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup/popup.html`);
    await waitForText(popup, '[data-testid="team-policy-problem"]', /refused/, 'the failure in the popup');
    expect(await textOf(popup, '[data-testid="team-policy-title"]')).toBe('Acme support, version 2');

    await page.bringToFront();
    await fixture.type(' Thanks.');
    expect(await fixture.waitForFindings({ min: 2, max: 2 }, 'version 2 still in force')).toBe(2);
  });
});

describe('a policy URL named by the managed policy in chromium', () => {
  let launched: LaunchedBrowser | undefined;
  let server: PolicyServer;
  let removePolicy: () => void = () => undefined;
  beforeAll(async () => {
    server = await startPolicyServer();
    server.serve(teamPolicy('from-admin-url'));
    removePolicy = pushChromiumPolicy(CHROME_EXTENSION_ID, { policyUrl: server.url, refreshMinutes: 30 });
    launched = await launch('chromium', { sink });
  });
  afterAll(async () => {
    removePolicy();
    await launched?.close();
    await server?.close();
  });

  it('is fetched, and the agent cannot change it', async () => {
    const options = await openOptions(launched!.browser);
    await waitForText(options, '[data-testid="team-policy-title"]', /version from-admin-url$/, "the admin's URL policy");
    expect(await textOf(options, '[data-testid="team-policy-source"]')).toContain(server.url);
    expect(await options.$eval('#rf-policy-url', (input) => (input as HTMLInputElement).disabled)).toBe(true);
    expect(await textOf(options, '.rf-team-status .rf-note')).toBe('Set by your administrator.');
    expect(sink.attempts).toEqual([]);
  });
});
