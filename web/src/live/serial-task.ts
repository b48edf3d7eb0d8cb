// Runs an async task one at a time: a call made while it runs schedules exactly
// one more run afterwards, so a request for fresher data is never dropped.
export function serialTask(task: () => Promise<void>): () => Promise<void> {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await task();
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  return run;
}
