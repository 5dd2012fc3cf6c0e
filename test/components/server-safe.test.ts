import { describe, expect, it } from 'vitest';
import { CLIENT_ONLY_REACT, importGraph } from './import-graph';

/**
 * Components a React Server Component can render itself: data and `locale` in props, no state, no context. Their
 * modules must load nothing from src/hooks (no TanStack Query, no provider) and call no React API the react-server build lacks.
 * The README's "Server rendering" section lists the same names.
 */
const SERVER_SAFE = {
  MetricCards: 'src/components/analytics/MetricCards.tsx',
  AccountSummaryCards: 'src/components/analytics/SummaryCards.tsx',
  TemplateSummaryCards: 'src/components/analytics/SummaryCards.tsx',
};

/**
 * Presentational client components (tooltips, sorting, playback keep state): a Server Component can render them with
 * data props across their own `'use client'` boundary, which must not pull in the data hooks, TanStack Query or the provider.
 * They read only the provider's locale and words, from src/hooks/context.ts (React's createContext, nothing else) and
 * src/hooks/use-words.ts (that context and the component's words).
 */
const CLIENT_LEAVES = {
  CompletionFunnel: 'src/components/charts/CompletionFunnel.tsx',
  DemographicsDonut: 'src/components/charts/DemographicsDonut.tsx',
  EngagementBreakdown: 'src/components/charts/EngagementBreakdown.tsx',
  MetricsDistribution: 'src/components/charts/MetricsDistribution.tsx',
  TemplatePerformance: 'src/components/charts/TemplatePerformance.tsx',
  TrendChart: 'src/components/charts/TrendChart.tsx',
  TopVideosTable: 'src/components/analytics/TopVideosTable.tsx',
  DateRangeFilter: 'src/components/analytics/DateRangeFilter.tsx',
  GroupBySwitch: 'src/components/analytics/GroupBySwitch.tsx',
  VideoPlayerCard: 'src/components/video/VideoPlayerCard.tsx',
};

describe('server-safe components render in a React Server Component', () => {
  for (const [name, file] of Object.entries(SERVER_SAFE)) {
    it(`${name} loads no hook, no TanStack Query and no client-only React API`, () => {
      const graph = importGraph(file);
      expect(graph.filter((module) => module.path.startsWith('src/hooks/')).map((module) => module.path)).toEqual([]);
      expect([...new Set(graph.flatMap((module) => module.packages))].sort()).toEqual(['react']);
      const clientApis = graph.flatMap((module) =>
        module.reactNames
          .filter((api) => api === '*' || CLIENT_ONLY_REACT.includes(api))
          .map((api) => `${module.path}: ${api}`),
      );
      expect(clientApis).toEqual([]);
    });
  }
});

describe('presentational client components keep the data layer out of their boundary', () => {
  for (const [name, file] of Object.entries(CLIENT_LEAVES)) {
    it(`${name} loads neither the hooks nor TanStack Query`, () => {
      const graph = importGraph(file);
      const hooks = graph.map((module) => module.path).filter((path) => path.startsWith('src/hooks/'));
      const readsContext = ['src/hooks/context.ts', 'src/hooks/use-words.ts'];
      expect(hooks.filter((path) => !readsContext.includes(path))).toEqual([]);
      expect(graph.flatMap((module) => module.packages).filter((name) => name.startsWith('@tanstack/'))).toEqual([]);
    });
  }
});
