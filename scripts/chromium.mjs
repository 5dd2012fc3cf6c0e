// Debian's Chromium, never a downloaded browser, and the flags that keep it quiet and offline on a shared CI box:
// one place for the tests (vite.config.ts), the bench and `pretest`.

/** Where `apt-get install chromium` puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for every headless launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
