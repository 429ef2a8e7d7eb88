/**
 * The popup: the same views as the widget (no second copy of any component),
 * with the user's choices kept in chrome.storage through the core store, and
 * a quote read from a page selection handed over by the background.
 */
import { mountCalculator } from '../mount.tsx';
import { connector } from '../browser.ts';

void mountCalculator(document.getElementById('root')!, connector(), { views: ['compare', 'quote', 'progress'], settings: 'popup' });
