// Records every request the fixture pages make (content scripts' fetches included, since the
// browser attributes them to the page) so a test can show that only the fixture server and
// the extension's own files were asked for.
import type { Page } from 'puppeteer-core';

const INTERNAL = /^(chrome-extension|moz-extension|data|blob|about):/;

export class RequestLog {
  readonly urls: string[] = [];

  constructor(private readonly fixtureOrigin: string) {}

  watch(page: Page): void {
    page.on('request', (request) => {
      this.urls.push(request.url());
    });
  }

  clear(): void {
    this.urls.length = 0;
  }

  /** Requests that went neither to the fixture server nor to the extension itself. */
  outside(): string[] {
    return this.urls.filter((url) => !url.startsWith(`${this.fixtureOrigin}/`) && !INTERNAL.test(url));
  }
}
