/** Browser entry: mounts the editor. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './editor/App';
import './editor/styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Cannot mount Specwright, expected an element with id "root"');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
