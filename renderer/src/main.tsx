import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './ui/theme.css';
import { listenForOpenedFiles } from './app/open-file-listener';
import { useLanguage } from './stores/language-store';

void useLanguage.getState().start();
listenForOpenedFiles();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
