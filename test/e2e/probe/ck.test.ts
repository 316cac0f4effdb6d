import { afterAll, beforeAll, it } from 'vitest';
import { serveFixtures } from '../../../scripts/serve-fixtures.mjs';
import { launch } from '../harness/browsers';
import { FixturePage } from '../harness/fixture-page';

const BROWSER = (process.env.PROBE_BROWSER ?? 'chromium') as 'chromium' | 'firefox';
let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => { server = await serveFixtures(); });
afterAll(async () => { await server?.close(); });

it('ck probe', async () => {
  const launched = await launch(BROWSER, { withExtension: false });
  const page = await launched.browser.newPage();
  const fixture = await FixturePage.open(page, server.origin, { label: 'probe', path: process.env.PROBE_PATH ?? 'zendesk.html', editorId: 'reply' });
  await fixture.focus();
  await fixture.type('Hi Noa, the bank was slow.');
  const wait = () => new Promise((r) => setTimeout(r, 300));
  const run = async (what: string, fn: string) => {
    const result = await page.evaluate(fn);
    await wait();
    console.log(what, JSON.stringify(result), JSON.stringify(await fixture.modelText()));
  };
  const selectEnd = `(() => { const root = window.__fixture.editor('reply'); root.focus(); const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); let last; for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n; const r = document.createRange(); r.setStart(last, last.data.length); r.collapse(true); const s = getSelection(); s.removeAllRanges(); s.addRange(r); return last.data; })()`;
  await run('select end', selectEnd);
  await run('beforeinput', `(() => { const root = window.__fixture.editor('reply'); const s = getSelection(); const r = s.getRangeAt(0); const dt = new DataTransfer(); dt.setData('text/plain', ' We do this.'); const e = new InputEvent('beforeinput', { inputType: 'insertReplacementText', dataTransfer: dt, bubbles: true, cancelable: true, composed: true, targetRanges: [new StaticRange(r)] }); const ok = root.dispatchEvent(e); return { notCancelled: ok }; })()`);
  await run('select end', selectEnd);
  await run('beforeinput insertText', `(() => { const root = window.__fixture.editor('reply'); const s = getSelection(); const r = s.getRangeAt(0); const e = new InputEvent('beforeinput', { inputType: 'insertText', data: ' Second one.', bubbles: true, cancelable: true, composed: true, targetRanges: [new StaticRange(r)] }); const ok = root.dispatchEvent(e); return { notCancelled: ok }; })()`);
  await run('select end', selectEnd);
  await run('paste', `(() => { const root = window.__fixture.editor('reply'); const dt = new DataTransfer(); dt.setData('text/plain', ' Pasted.'); dt.setData('text/html', ' Pasted.'); const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }); return { notCancelled: root.dispatchEvent(e) }; })()`);
  await launched.close();
}, 120_000);
