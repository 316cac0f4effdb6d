// npm start: build everything, serve the demo helpdesk on 127.0.0.1, and open Chromium with the
// unpacked extension loaded on it. Without a display, say so and explain how to load it by hand.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoChromiumArgs } from './demo-chromium-args.mjs';
import { serveFixtures } from './serve-fixtures.mjs';

const PREFERRED_PORT = Number(process.env.PORT ?? 8737);
const CHROMIUM = process.env.REFRAME_CHROMIUM ?? '/usr/bin/chromium';

const build = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('npm start: the build failed (see above); fix it and run npm start again.');
  process.exit(build.status ?? 1);
}

/** The preferred port when free, else any free one. */
async function serve() {
  try {
    return await serveFixtures({ port: PREFERRED_PORT });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    return serveFixtures({ port: 0 });
  }
}

const server = await serve();
const demo = `${server.origin}/index.html`;
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** How to load the extension by hand; the server keeps running. */
function printManualSteps(reason) {
  const port = new URL(server.origin).port;
  console.log(`
${reason}
The demo helpdesk is served at ${demo}

Load the extension by hand in a browser on a machine with a display:
  Chrome / Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked",
                     choose ${resolve('dist/chrome')}
  Firefox:           open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…",
                     choose ${resolve('dist/firefox/manifest.json')}
Then open ${demo} (from another machine: ssh -L ${port}:127.0.0.1:${port} this-host).
Serving until Ctrl+C.`);
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  printManualSteps('No display here ($DISPLAY and $WAYLAND_DISPLAY are empty), so no browser is opened.');
} else {
  const extension = resolve('dist/chrome');
  const profile = mkdtempSync(join(tmpdir(), 'reframe-demo-'));
  process.on('exit', () => rmSync(profile, { recursive: true, force: true }));
  const isRoot = process.getuid?.() === 0;
  const chromium = spawn(CHROMIUM, demoChromiumArgs({ profile, extension, url: demo, isRoot }), { stdio: 'ignore' });
  chromium.on('spawn', () => console.log(`Chromium opened on ${demo} with the extension from ${extension}. Close it or press Ctrl+C to stop.`));
  chromium.on('error', (error) => printManualSteps(`Could not start ${CHROMIUM} (${error.message}); set REFRAME_CHROMIUM to your Chromium.`));
  // Closing the browser ends the demo; a browser that could not open leaves the server up.
  chromium.on('exit', (code) => (code === 0 ? stop() : printManualSteps(`Chromium exited with code ${code} (no usable display?).`)));
}
