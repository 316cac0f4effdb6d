// Team policy end to end in Firefox ESR: a policy an administrator sets in policies.json
// (the "3rdparty" section, in the distribution folder of the Firefox that runs the test)
// takes effect in the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../scripts/build-extension.mjs';
import { serveFixtures } from '../../../scripts/serve-fixtures.mjs';
import type { LaunchedBrowser } from '../harness/browsers';
import { FixturePage } from '../harness/fixture-page';
import { startOutboundSink, type OutboundSink } from '../harness/outbound-sink';
import { TARGETS } from '../harness/targets';
import { teamPolicy } from '../../unit/team/team-fakes';
import { firefoxWithPolicies } from './enterprise-policy';

const TEXTAREA = TARGETS.find((target) => target.label === 'textarea')!;

describe('policies.json in firefox', () => {
  let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
  let sink: OutboundSink;
  let firefox: ReturnType<typeof firefoxWithPolicies> | undefined;
  let launched: LaunchedBrowser | undefined;
  const systemFirefox = process.env.REFRAME_FIREFOX;
  beforeAll(async () => {
    fixtures = await serveFixtures();
    sink = await startOutboundSink();
    // Firefox has no schema for managed storage: the policy goes in as an object here.
    firefox = firefoxWithPolicies({ '3rdparty': { Extensions: { [GECKO_ID]: { policy: teamPolicy('firefox-1') } } } });
    // The harness reads the Firefox to run from REFRAME_FIREFOX when it is first imported.
    process.env.REFRAME_FIREFOX = firefox.executable;
    const { launch } = await import('../harness/browsers');
    launched = await launch('firefox', { sink });
  });
  afterAll(async () => {
    await launched?.close();
    firefox?.remove();
    // Test files share the worker's environment: the next one must get the system Firefox.
    if (systemFirefox === undefined) delete process.env.REFRAME_FIREFOX;
    else process.env.REFRAME_FIREFOX = systemFirefox;
    await fixtures?.close();
    await sink?.close();
  });

  it("flags what the team's rule flags", async () => {
    const page = await launched!.browser.newPage();
    const fixture = await FixturePage.open(page, fixtures.origin, TEXTAREA);
    await fixture.focus();
    // The built-in rules flag nothing in this reply; the team's rule flags the promised date.
    await fixture.type('Good news, it will arrive tomorrow.');
    expect(await fixture.waitForFindings({ min: 1, max: 1 }, "the team's courier-date rule")).toBe(1);
    await fixture.clickOn('arrive');
    const card = await fixture.waitForCard(true);
    expect(card?.text).toContain('Do not promise a delivery date before the courier confirms it.');
    expect(sink.attempts).toEqual([]);
  });
});
