export const TOKEN_STORAGE_KEY = 'modellkommuner.token';

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

/** The session token lives in localStorage so a reload keeps the user logged in. */
export function createTokenStore(storage: Storage | undefined): TokenStore {
  return {
    get() {
      try {
        return storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
      } catch {
        return null;
      }
    },
    set(token) {
      try {
        storage?.setItem(TOKEN_STORAGE_KEY, token);
      } catch {
        // Without storage the user stays logged in until the page is reloaded.
      }
    },
    clear() {
      try {
        storage?.removeItem(TOKEN_STORAGE_KEY);
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}
