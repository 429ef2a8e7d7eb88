/** Options: default corridor, language and theme, kept in the same store as the popup. */
import { mountCalculator } from '../mount.tsx';
import { connector } from '../browser.ts';

void mountCalculator(document.getElementById('root')!, connector(), { views: [], settings: 'options' });
