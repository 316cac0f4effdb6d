import { describe, expect, it } from 'vitest';
import { demoChromiumArgs } from '../../../scripts/demo-chromium-args.mjs';

describe('npm start opens Chromium', () => {
  const base = { profile: '/tmp/p', extension: '/x/dist/chrome', url: 'http://127.0.0.1:8737/index.html' };

  it('as root, with --no-sandbox (Chromium refuses to start without it)', () => {
    expect(demoChromiumArgs({ ...base, isRoot: true })).toContain('--no-sandbox');
  });

  it('as a normal user, keeping the sandbox; the extension and the demo page either way', () => {
    const args = demoChromiumArgs({ ...base, isRoot: false });
    expect(args).not.toContain('--no-sandbox');
    expect(args).toContain('--load-extension=/x/dist/chrome');
    expect(args.at(-1)).toBe(base.url);
  });
});
