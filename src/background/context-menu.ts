// "Use selection as the customer's message": the way to give the coach the customer's words on
// any site the adapters do not know (Gmail and Zendesk are read by the content script itself).
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';

const MENU_ID = 'reframe-use-as-customer';

/** Creates the menu item; safe to call on every start (menus survive restarts in some browsers). */
export async function createCustomerMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: t('menuUseAsCustomer'), contexts: ['selection'] });
}

export function onCustomerMenuClick(use: (tabId: number, text: string) => Promise<void>): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const text = info.selectionText?.trim();
    if (info.menuItemId === MENU_ID && tab?.id !== undefined && text) void use(tab.id, text);
  });
}
