// The parts first, so every screen's own stylesheet comes after them in the cascade.
import './components/ui.css';
import './shell/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hasApi } from './api/client';
import { MissingApi } from './shell/MissingApi';
import { i18n } from './i18n';
import { bindNavigationToHash } from './navigation/navigation-store';

// Screen readers pick their voice from <html lang>, so it follows the chosen language.
document.documentElement.lang = i18n.resolvedLanguage ?? 'sv';
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

bindNavigationToHash(window);

const container = document.getElementById('root');
if (!container) throw new Error('index.html saknar elementet #root.');

createRoot(container).render(<StrictMode>{hasApi() ? <App /> : <MissingApi />}</StrictMode>);
