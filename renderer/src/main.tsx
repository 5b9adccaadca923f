import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hasApi } from './api/client';
import { MissingApi } from './shell/MissingApi';
import { i18n } from './i18n';
import { bindNavigationToHash } from './navigation/navigation-store';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/catalog.css';
import './styles/panels.css';

// Screen readers pick their voice from <html lang>, so it follows the chosen language.
document.documentElement.lang = i18n.resolvedLanguage ?? 'sv';
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

bindNavigationToHash(window);

const container = document.getElementById('root');
if (!container) throw new Error('index.html saknar elementet #root.');

createRoot(container).render(<StrictMode>{hasApi() ? <App /> : <MissingApi />}</StrictMode>);
