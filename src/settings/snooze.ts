// When a snooze ends: in an hour, or at the start of tomorrow in the agent's time zone.
export type SnoozeChoice = 'hour' | 'tomorrow';

export function snoozeEnd(choice: SnoozeChoice, now: Date): number {
  if (choice === 'hour') return now.getTime() + 60 * 60 * 1000;
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return tomorrow.getTime();
}
