import '@sixtyseconds/react/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The app's own TanStack Query client: the SixtySeconds provider shares it (see App).
const queryClient = new QueryClient();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App videoId={new URLSearchParams(window.location.search).get('video')} />
    </QueryClientProvider>
  </StrictMode>,
);
