import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { parseRoute } from './app/routes';
import { startSignIn } from './auth/early-sign-in';
import { detectHost } from './host/detect-host';
import { prepareDateFormatsWhenIdle } from './ui/prepare-date-formats';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
const route = parseRoute(window.location.pathname, window.location.search);

void detectHost().then((host) => {
  // Who the person is, asked before React's first render: the answer travels while the app starts.
  const early = startSignIn(host, route);
  // The dashboard's code is fetched alongside, not after the app has rendered: once the requests for the person
  // and the page's data are on their way, so they are not queued behind the code. The page's own lazy import then
  // finds it loaded; a failure shows there.
  if (route.page === 'dashboard') {
    void (early?.firstRequestsSent ?? Promise.resolve())
      .then(() => import('./pages/dashboard/DashboardPage'))
      .catch(() => undefined);
  }
  root.render(
    <StrictMode>
      <App host={host} early={early} />
    </StrictMode>,
  );
  prepareDateFormatsWhenIdle();
});
