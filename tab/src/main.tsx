import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { detectHost } from './host/detect-host';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

void detectHost().then((host) =>
  root.render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  ),
);
