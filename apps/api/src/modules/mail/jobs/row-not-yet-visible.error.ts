/** The job's row is not (yet) committed: retrying with backoff is the right answer. */
export class RowNotYetVisibleError extends Error {
  constructor(what: string) {
    super(`${what} finns inte (ännu); försöker igen`);
    this.name = 'RowNotYetVisibleError';
  }
}
