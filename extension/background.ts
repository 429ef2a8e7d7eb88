/**
 * Background: one context-menu item, "Check this quote", on selected text.
 * It stores the selection for the popup and opens it; the selected text comes
 * with the click, so it needs no access to the page (no activeTab, no host
 * permissions), reads nothing else from it and makes no network request.
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
  // The selection is stored first (storage calls run in order, so the popup
  // reads it), and the popup opened in the same turn as the click: Firefox
  // only allows openPopup() as the direct answer to a user action.
  const stored = conn.putPendingQuote(handOverOf(info.selectionText, chrome.i18n.getUILanguage()));
  chrome.action.openPopup().catch(() =>
    // Where the popup cannot open (older Chrome), the same page in a tab; no "tabs" permission needed.
    stored.then(() => chrome.tabs.create({ url: chrome.runtime.getURL('extension/popup/index.html') })).catch(() => undefined),
  );
});
