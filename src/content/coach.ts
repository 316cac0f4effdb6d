// Injected by the background (scripting.executeScript) into a frame whose page wants
// coaching, once an editor there is in use: starts the coach with the real runtime.
import { startCoach } from './coach-main';
import { runtimePort } from './runtime-port';

startCoach(runtimePort(), window);
