/** Entry point of the single-page app (loaded by index.html). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app.js';
import { prefetchAnalysis } from './features/analysis/analysis-prefetch.js';
import { applyLanguage, currentLanguage, i18n } from './i18n/i18n.js';
import { SessionProvider } from './session/session.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/content.css';

void applyLanguage(currentLanguage(), { remember: false });
prefetchAnalysis(window.location);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </I18nextProvider>
  </StrictMode>,
);
