// The command line npm start opens Chromium with. Chromium refuses to run as root without
// --no-sandbox, so that flag is added then, and only then: a normal user keeps the sandbox.

/**
 * @param {{ profile: string, extension: string, url: string, isRoot: boolean }} options
 * @returns {string[]}
 */
export function demoChromiumArgs({ profile, extension, url, isRoot }) {
  return [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(isRoot ? ['--no-sandbox'] : []),
    url,
  ];
}
