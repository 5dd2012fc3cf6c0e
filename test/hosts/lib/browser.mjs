// Headless Debian Chromium (never a downloaded browser) for the host apps, and a record of every console error or
// warning and uncaught error a page reports: a host test fails on any of them.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

/** Launches the browser; close it when done. */
export const launchBrowser = () =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], timeout: 30_000 });

// Any image from an origin the page may not reach gets a blank stand-in.
const BLANK_IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>';

/**
 * A new page on `origin` whose console errors and warnings (failed loads among them) and uncaught errors land in
 * `problems`. Requests to any origin but `origin` and `allow` (the fake upstream's CDN) never leave the machine:
 * images get a blank stand-in, the rest fail.
 */
export async function openPage(browser, origin, { allow = [] } = {}) {
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  await page.route(
    (url) => url.origin !== origin && !allow.includes(url.origin),
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ contentType: 'image/svg+xml', body: BLANK_IMAGE })
        : route.abort('blockedbyclient'),
  );
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const { url } = message.location();
    problems.push(`${message.type()}: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems };
}

/** Throws unless the page reported nothing. */
export function expectQuietConsole(problems) {
  if (problems.length > 0) throw new Error(`the browser console reported:\n  ${problems.join('\n  ')}`);
}
