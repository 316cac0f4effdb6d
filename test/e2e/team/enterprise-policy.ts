// Pushes a policy to the extension the way an administrator does, and takes it back.
// Chromium on Linux: a JSON file in /etc/chromium/policies/managed/ (needs root; read when
// Chromium starts). Firefox: policies.json in the distribution folder next to the binary, so
// the test runs Firefox from a private folder that links to the system install and has its
// own distribution folder: the system Firefox, and other tests, never see the policy.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_MANAGED_DIR = '/etc/chromium/policies/managed';
const FILE_PREFIX = 'reframe-e2e-';
const FIREFOX_DIR = '/usr/lib/firefox-esr';
const FIREFOX_BINARY = 'firefox-esr';

/** Writes the managed policy file; call the returned function to remove it. */
export function pushChromiumPolicy(extensionId: string, values: Record<string, unknown>): () => void {
  mkdirSync(CHROMIUM_MANAGED_DIR, { recursive: true });
  // A run that was killed cannot have cleaned up: its file would steer every later Chromium.
  for (const stale of readdirSync(CHROMIUM_MANAGED_DIR).filter((name) => name.startsWith(FILE_PREFIX))) {
    rmSync(join(CHROMIUM_MANAGED_DIR, stale), { force: true });
  }
  const file = join(CHROMIUM_MANAGED_DIR, `${FILE_PREFIX}${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
  const remove = () => rmSync(file, { force: true });
  process.once('exit', remove);
  return remove;
}

/** A Firefox ESR whose distribution/policies.json holds `policies`; returns its binary and a cleanup. */
export function firefoxWithPolicies(policies: Record<string, unknown>): { executable: string; remove: () => void } {
  const app = mkdtempSync(join(tmpdir(), 'reframe-e2e-firefox-app-'));
  for (const entry of readdirSync(FIREFOX_DIR)) {
    if (entry === 'distribution' || entry === FIREFOX_BINARY || entry === 'firefox-bin') continue;
    symlinkSync(join(FIREFOX_DIR, entry), join(app, entry));
  }
  // A copy, not a link: Firefox finds its distribution folder next to its real executable path.
  copyFileSync(join(FIREFOX_DIR, FIREFOX_BINARY), join(app, FIREFOX_BINARY));
  mkdirSync(join(app, 'distribution'));
  writeFileSync(join(app, 'distribution', 'policies.json'), JSON.stringify({ policies }));
  return { executable: join(app, FIREFOX_BINARY), remove: () => rmSync(app, { recursive: true, force: true }) };
}
