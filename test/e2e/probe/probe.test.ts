import { afterAll, beforeAll, it } from 'vitest';
import { serveFixtures } from '../../../scripts/serve-fixtures.mjs';
import { launch } from '../harness/browsers';
import { FixturePage } from '../harness/fixture-page';

const BROWSER = (process.env.PROBE_BROWSER ?? 'chromium') as 'chromium' | 'firefox';
let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => { server = await serveFixtures(); });
afterAll(async () => { await server?.close(); });

it('probe', async () => {
  const launched = await launch(BROWSER);
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const path = process.env.PROBE_PATH ?? 'zendesk.html';
  const fixture = await FixturePage.open(page, server.origin, { label: 'probe', path, editorId: process.env.PROBE_EDITOR ?? 'reply' });
  const reply = process.env.PROBE_REPLY ?? "Hi Noa, the bank was slow. It's company policy.";
  await fixture.focus();
  const t0 = Date.now();
  if (process.env.PROBE_SEND) await page.keyboard.sendCharacter(reply); else await fixture.type(reply);
  console.log('typed in', Date.now() - t0, 'ms; model', JSON.stringify(await fixture.modelText()));
  await fixture.waitForFindings({ min: 1 }, 'findings');
  await fixture.clickOn(process.env.PROBE_CLICK ?? 'policy');
  const card = await fixture.waitForCard(true);
  console.log('card', JSON.stringify(card));
  const index = Number(process.env.PROBE_INDEX ?? 0);
  await fixture.clickSuggestion(index);
  await new Promise((r) => setTimeout(r, 1500));
  console.log('after apply', JSON.stringify(await fixture.modelText()));
  console.log('card/toast', JSON.stringify(await page.evaluate(() => Array.from(document.querySelectorAll('reframe-coach')).map((h) => h.shadowRoot?.textContent))));
  await fixture.pressWithControl('KeyZ');
  await new Promise((r) => setTimeout(r, 800));
  console.log('after undo', JSON.stringify(await fixture.modelText()));
  await launched.close();
}, 120_000);
