export type UnusableReason = 'used' | 'revoked' | 'expired';

/** Why an invitation link can no longer create an account, or null when it can. */
export function unusableReason(preview: { used: boolean; revoked: boolean; expired: boolean }): UnusableReason | null {
  if (preview.used) return 'used';
  if (preview.revoked) return 'revoked';
  if (preview.expired) return 'expired';
  return null;
}

/** An open invitation whose fourteen days have run out still shows in the list, marked as expired. */
export function hasExpired(expiresAt: string, now: Date = new Date()): boolean {
  return new Date(expiresAt).getTime() <= now.getTime();
}
