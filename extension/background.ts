/**
 * Background: one context-menu item, "Check this quote", on selected text.
 * It stores the selection for the popup and opens it; it reads nothing else
 * from the page (activeTab, no host permissions) and makes no network request.
 */
import { chromeConnector } from './browser.ts';
import { handOverOf } from './pending-quote.ts';

const MENU_ID = 'remit-check-quote';

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({
    id: MENU_ID,
    title: chrome.i18n.getMessage('menuCheckQuote') || 'Check this quote',
    contexts: ['selection'],
  });
});

chrome.contextMenus.onClicked.addListener((info) => {
  if (info.menuItemId !== MENU_ID || !info.selectionText) return;
  const conn = chromeConnector();
  void conn.putPendingQuote(handOverOf(info.selectionText, chrome.i18n.getUILanguage())).then(async () => {
    try {
      // Chrome 127+ and Firefox open the action popup from a menu click.
      await chrome.action.openPopup();
    } catch {
      // Elsewhere, open the same page in a tab (no "tabs" permission needed).
      await chrome.tabs.create({ url: chrome.runtime.getURL('extension/popup/index.html') });
    }
  });
});
