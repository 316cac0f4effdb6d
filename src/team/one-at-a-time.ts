// Read-modify-write on storage.local is not atomic: two messages handled at once would each
// read the old value and one update would be lost. A queue per store runs them in turn.

export type Queue = <T>(task: () => Promise<T>) => Promise<T>;

export function oneAtATime(): Queue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
