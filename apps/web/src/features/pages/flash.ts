export const FLASH_MESSAGES = ['loggedOut', 'passwordReset', 'invitationAccepted', 'cohortCreated', 'workingGroupSaved'] as const;
export type FlashMessage = (typeof FLASH_MESSAGES)[number];

/**
 * A one-line message handed to the next page in the navigation state (`{ flash: 'loggedOut' }`), if
 * it is one of `allowed` (a feature passes its own list, e.g. the example editor's).
 */
export function flashFrom<T extends string>(state: unknown, allowed: readonly T[]): T | null {
  if (typeof state !== 'object' || state === null) return null;
  const flash = (state as Record<string, unknown>)['flash'];
  return (allowed as readonly unknown[]).includes(flash) ? (flash as T) : null;
}

/** The app's own messages (translated under `flash.*`). */
export function readFlash(state: unknown): FlashMessage | null {
  return flashFrom(state, FLASH_MESSAGES);
}
