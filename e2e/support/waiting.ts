/**
 * Waits until `check` answers something other than null/undefined/false (what the worker or the server
 * does in its own time: a delivered reminder, a count that changed), asking again every `everyMs`, and
 * fails with `what` once `timeoutMs` has passed. Never a fixed sleep: it returns as soon as it holds.
 */
export async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
