// Injected by the manifest into every page and frame: checks whether coaching is wanted and
// loads the coach when an editor is in use. Kept tiny (the build enforces 40 KiB).
import { watchForCoaching } from './loader-watch';
import { runtimePort } from './runtime-port';

watchForCoaching(runtimePort(), window);
