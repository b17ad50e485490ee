export const FLASH_MESSAGES = ['loggedOut', 'passwordReset', 'invitationAccepted', 'cohortCreated', 'workingGroupSaved'] as const;
export type FlashMessage = (typeof FLASH_MESSAGES)[number];

/** A one-line message handed to the next page in the navigation state (`{ flash: 'loggedOut' }`). */
export function readFlash(state: unknown): FlashMessage | null {
  if (typeof state !== 'object' || state === null) return null;
  const flash = (state as Record<string, unknown>)['flash'];
  return (FLASH_MESSAGES as readonly unknown[]).includes(flash) ? (flash as FlashMessage) : null;
}
