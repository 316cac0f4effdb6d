// The one place that imports webextension-polyfill: everything else takes `browser` from here,
// so the choice of polyfill (and any Chrome/Firefox difference) stays in one file.
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Runtime, Tabs, Menus, Storage } from 'webextension-polyfill';
