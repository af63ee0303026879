import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './ui/theme.css';
import { listenToMain } from './app/main-events';
import { useLanguage } from './stores/language-store';

void useLanguage.getState().start();
listenToMain();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
