/** Browser entry: restores the last draft, then mounts the editor (so nothing typed can race the restore). */
// First: it configures zod before any schema is defined (see zodConfig.ts).
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './editor/App';
import { startDrafts } from './store/persist/session';
import './editor/styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Cannot mount Specwright, expected an element with id "root"');

void startDrafts().finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
