/** Browser entry: mounts the app. (Minimal placeholder until the editor lands.) */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('Cannot mount Specwright, expected an element with id "root"');

createRoot(root).render(
  <StrictMode>
    <main>
      <h1>Specwright</h1>
    </main>
  </StrictMode>,
);
