// What `npm run size` measures: the budgeted imports from DESIGN.md, then every other public component and hook on
// its own (reported, no budget), then the mock and server entries. Components and hooks are discovered from what the
// installed package exports, so a new one is measured without editing this file.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGE = '@sixtyseconds/react';
const HOOKS = ['useVideos', 'useCreateVideo', 'useVideoAnalytics', 'useAccountAnalytics', 'useTemplateAnalytics'];
const ALL_HOOKS = [...HOOKS, 'useAnalyticsExport'];
const LOCALES = ['de', 'es', 'ar'];

/** Budgets in bytes of gzip (kB = 1000 bytes), the same for both bundlers. */
const BUDGETS = {
  DemographicsDonut: 7_000,
  CompletionFunnel: 9_000,
  EngagementBreakdown: 9_000,
  TrendChart: 9_000,
  MetricsDistribution: 9_000,
  TemplatePerformance: 9_000,
  VideoAnalyticsPanel: 40_000,
};

/** A module that imports `names` by package name and uses them, so no bundler can drop them. */
const importing = (names, from = PACKAGE) =>
  `import { ${names.join(', ')} } from '${from}';\nglobalThis.__size = [${names.join(', ')}];\n`;
/** A module that imports a whole entry as a namespace and uses it. */
const everything = (from) => `import * as L from '${from}';\nglobalThis.__size = L;\n`;

/** A React component value: a function component, or a forwardRef / memo / lazy object. */
function isComponent(value) {
  if (typeof value === 'function') return !/^class\b/.test(Function.prototype.toString.call(value));
  return typeof value === 'object' && value !== null && typeof value.$$typeof === 'symbol';
}

/** Every measured import: `{ name, code, budget? }`. Loads the installed package in Node (it is SSR-safe). */
export async function sizeEntries(app) {
  const entry = join(app, 'node_modules', PACKAGE, 'dist/index.js');
  const library = await import(pathToFileURL(entry).href);
  const names = Object.keys(library).sort();
  const components = names.filter((name) => /^[A-Z][a-z]/.test(name) && isComponent(library[name]));
  const hooks = names.filter((name) => /^use[A-Z]/.test(name));
  const single = (name) => ({ name, code: importing([name]), budget: BUDGETS[name] });
  const budgeted = Object.keys(BUDGETS);
  return [
    { name: 'whole library (import * as L)', code: everything(PACKAGE), budget: 55_000 },
    {
      name: 'SixtySecondsProvider + useVideos',
      code: importing(['SixtySecondsProvider', 'useVideos']),
      budget: 20_000,
    },
    {
      name: 'SixtySecondsProvider + six hooks',
      code: importing(['SixtySecondsProvider', ...ALL_HOOKS]),
      budget: 24_000,
    },
    ...budgeted.map(single),
    ...components.filter((name) => !budgeted.includes(name) && name !== 'SixtySecondsProvider').map(single),
    single('SixtySecondsProvider'),
    ...hooks.map(single),
    { name: 'mock entry (import * from /mock)', code: everything(`${PACKAGE}/mock`) },
    { name: 'server entry (import * from /server)', code: everything(`${PACKAGE}/server`) },
    // What English costs every host: the catalogue and the code that binds it (issue 13: at most 3 kB).
    { name: 'English catalogue (en + bindMessages)', code: importing(['en', 'bindMessages']), budget: 3_000 },
    // Each shipped language on its own (English is built in): what `import de from '…/locales/de'` adds.
    ...LOCALES.map((lang) => ({
      name: `locales/${lang}`,
      code: everything(`${PACKAGE}/locales/${lang}`),
      budget: 4_000,
    })),
  ];
}
