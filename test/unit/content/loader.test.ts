// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { decideCoaching, readPageSignals } from '../../../src/content/loader-decision';
import { watchForCoaching } from '../../../src/content/loader-watch';
import type { MessageHandler, Port } from '../../../src/content/port';
import type { Message, SiteStatus } from '../../../src/shared/protocol';

const page = { host: 'example.org', metaOptIn: false, pageOptOut: false };
const status = (setting: SiteStatus['setting'], snoozedUntil: number | null = null): SiteStatus => ({
  host: 'example.org',
  setting,
  snoozedUntil,
});

describe('whether a page wants coaching', () => {
  it('is on by default on the hosts agents work in, and off elsewhere', () => {
    expect(decideCoaching({ ...page, host: 'mail.google.com' }, status('default'), 0).wanted).toBe(true);
    expect(decideCoaching({ ...page, host: 'acme.zendesk.com' }, status('default'), 0).wanted).toBe(true);
    expect(decideCoaching({ ...page, host: 'notzendesk.com' }, status('default'), 0).wanted).toBe(false);
    expect(decideCoaching(page, status('default'), 0)).toEqual({ wanted: false, reason: 'not-listed' });
  });

  it('follows the agent turning a site on or off', () => {
    expect(decideCoaching(page, status('on'), 0)).toEqual({ wanted: true, reason: 'turned-on' });
    expect(decideCoaching({ ...page, host: 'mail.google.com' }, status('off'), 0).wanted).toBe(false);
  });

  it('comes on for a page that asks with the meta tag, unless the page or the agent says off', () => {
    expect(decideCoaching({ ...page, metaOptIn: true }, null, 0)).toEqual({ wanted: true, reason: 'page-asked' });
    expect(decideCoaching({ ...page, metaOptIn: true }, status('off'), 0).wanted).toBe(false);
    expect(decideCoaching({ ...page, metaOptIn: true, pageOptOut: true }, status('on'), 0).wanted).toBe(false);
  });

  it('pauses while snoozed and says when to look again', () => {
    expect(decideCoaching(page, status('on', 5000), 1000)).toEqual({ wanted: false, reason: 'snoozed', retryAt: 5000 });
    expect(decideCoaching(page, status('on', 500), 1000).wanted).toBe(true);
  });

  it('reads the meta tag and the page opt-out from the document', () => {
    document.head.innerHTML = '<meta name="reframe" content="on">';
    expect(readPageSignals(document, 'x.test')).toEqual({ host: 'x.test', metaOptIn: true, pageOptOut: false });
    document.body.setAttribute('data-reframe', 'off');
    expect(readPageSignals(document, 'x.test').pageOptOut).toBe(true);
    document.body.removeAttribute('data-reframe');
    document.head.innerHTML = '<meta name="reframe" content="off">';
    expect(readPageSignals(document, 'x.test').metaOptIn).toBe(false);
  });
});

describe('the loader on a page', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  function fakePort(initial: SiteStatus['setting']) {
    let setting = initial;
    const sent: Message[] = [];
    let handler: MessageHandler | undefined;
    const port: Port = {
      send: (async (message: Message) => {
        sent.push(message);
        if (message.type === 'site.status') return status(setting);
        if (message.type === 'coach.inject') return { ok: true };
        return undefined;
      }) as Port['send'],
      listen: (h) => {
        handler = h;
        return () => (handler = undefined);
      },
    };
    return {
      port,
      sent,
      turn: (next: SiteStatus['setting']) => {
        setting = next;
        void handler?.({ type: 'settings.changed' });
      },
    };
  }
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('asks for the coach only once a reply box takes focus, and never for a disabled one', async () => {
    document.body.innerHTML = '<textarea id="off" disabled></textarea><input id="search"><textarea id="reply"></textarea>';
    const { port, sent } = fakePort('on');
    stop = watchForCoaching(port, window);
    await flush();
    document.getElementById('search')!.focus();
    document.getElementById('off')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(sent.map((m) => m.type)).toEqual(['site.status']);
    document.getElementById('reply')!.focus();
    await flush();
    expect(sent.map((m) => m.type)).toEqual(['site.status', 'coach.inject']);
  });

  it('does nothing on a site that is not wanted until the agent turns it on', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const fake = fakePort('default');
    stop = watchForCoaching(fake.port, window);
    await flush();
    document.getElementById('reply')!.focus();
    await flush();
    expect(fake.sent.map((m) => m.type)).toEqual(['site.status']);
    fake.turn('on'); // the reply box still has focus: the coach comes at once
    await flush();
    expect(fake.sent.map((m) => m.type)).toEqual(['site.status', 'site.status', 'coach.inject']);
  });
});
