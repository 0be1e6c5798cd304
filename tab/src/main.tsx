import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { parseRoute } from './app/routes';
import { startSignIn } from './auth/early-sign-in';
import { detectHost, mayBeInTeams } from './host/detect-host';
import { prepareDateFormatsWhenIdle } from './ui/prepare-date-formats';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
const route = parseRoute(window.location.pathname, window.location.search);

/** The dashboard's code, fetched ahead: the page's own lazy import then finds it loaded; a failure shows there. */
function fetchDashboardCode(): void {
  import('./pages/dashboard/DashboardPage').catch(() => undefined);
}

// In Teams, Outlook or the Microsoft 365 app, signing in takes round trips to the host (teams-js, then a token):
// the dashboard's code travels meanwhile.
const inHost = mayBeInTeams(window);
if (route.page === 'dashboard' && inHost) fetchDashboardCode();

void detectHost().then((host) => {
  // Who the person is, asked before React's first render: the answer travels while the app starts.
  const early = startSignIn(host, route);
  // In a plain browser the token is at hand: the requests for the person and the page's data go first, then the
  // dashboard's code, so on HTTP/1.1 (six requests at a time) the answers are not queued behind a dozen files.
  if (route.page === 'dashboard' && !inHost) {
    void (early?.firstRequestsSent ?? Promise.resolve()).then(fetchDashboardCode);
  }
  root.render(
    <StrictMode>
      <App host={host} early={early} />
    </StrictMode>,
  );
  prepareDateFormatsWhenIdle();
});
