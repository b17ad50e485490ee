import { useEffect, useRef, useState } from 'react';

/**
 * Drafts: what a user has typed into a form and not saved yet, kept in the tab's sessionStorage so
 * that it survives a reload and a lapsed session (login, then back to the form). The pattern every
 * form follows is in docs/web-patterns.md ("Work is never lost").
 *
 * - A draft is keyed by the form (`example:new`, `example:<id>`, `cohort-wizard`) and the user's id:
 *   another account in the same tab never sees it.
 * - It expires after DRAFT_TTL_MS, and goes when the form is saved or the user chooses to leave it.
 * - sessionStorage, not localStorage: a draft may hold personal data (an example's contacts), and it
 *   goes with the tab; two tabs with the same form keep a draft each.
 * - Passwords are never stored: any property whose name says "password" is left out.
 */

export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;
const DRAFT_PREFIX = 'modellkommuner.draft:';
const SESSION_ENDED_KEY = 'modellkommuner.sessionEnded';

export interface DraftKey {
  /** The form: `example:new`, `example:<id>`, `cohort-wizard`. */
  form: string;
  /** The logged-in user's id. */
  userId: string;
}

export interface Draft<T> {
  values: T;
  /** When it was written (ms since the epoch). */
  savedAt: number;
  /** Written before the session ended, and the user has logged in again since. */
  afterSessionEnded: boolean;
}

interface StoredDraft {
  userId: string;
  form: string;
  savedAt: number;
  afterSessionEnded: boolean;
  values: unknown;
}

export interface DraftStore {
  load<T>(key: DraftKey): Draft<T> | null;
  /** False when the browser would not keep it (no storage, or full). */
  save(key: DraftKey, values: unknown): boolean;
  remove(key: DraftKey): void;
  /** Whether any draft (of anyone) is waiting in this tab. */
  hasAny(): boolean;
  /**
   * The session ended under the user's feet (the API answered UNAUTHENTICATED): every form on screen
   * writes its draft at once (before the app leaves for the login page), and the login page says so.
   */
  noteSessionEnded(): void;
  /** What a form on screen does when the session ends (write its draft now); returns the way to stop. */
  onSessionEnded(flush: () => void): () => void;
  sessionEnded(): boolean;
  /**
   * The user has logged in. After a lapsed session their drafts are marked `afterSessionEnded` (the
   * form says so when it restores one); other accounts' drafts and expired ones go.
   */
  resumeSession(userId: string): void;
}

const PASSWORD = /pass(word)?|lösenord/i;

/** The value without any property whose name says "password", at any depth. */
export function withoutPasswords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPasswords);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([name]) => !PASSWORD.test(name))
        .map(([name, inner]) => [name, withoutPasswords(inner)]),
    );
  }
  return value;
}

function storageKey({ form, userId }: DraftKey): string {
  return `${DRAFT_PREFIX}${encodeURIComponent(userId)}:${form}`;
}

function parse(text: string | null): StoredDraft | null {
  if (!text) return null;
  try {
    const stored = JSON.parse(text) as Partial<StoredDraft> | null;
    if (!stored || typeof stored.userId !== 'string' || typeof stored.form !== 'string' || typeof stored.savedAt !== 'number' || !('values' in stored)) {
      return null;
    }
    return { userId: stored.userId, form: stored.form, savedAt: stored.savedAt, afterSessionEnded: stored.afterSessionEnded === true, values: stored.values };
  } catch {
    return null;
  }
}

/**
 * A draft store over a Storage (sessionStorage in the app, a fresh one in tests). Every call survives
 * a browser that refuses storage (private mode, a full quota): drafts are then simply not kept.
 */
export function createDraftStore(storage: () => Storage | null | undefined, now: () => number = Date.now): DraftStore {
  const flushers = new Set<() => void>();

  function attempt<R>(run: (store: Storage) => R, fallback: R): R {
    try {
      const store = storage();
      return store ? run(store) : fallback;
    } catch {
      return fallback;
    }
  }

  const expired = (savedAt: number) => now() - savedAt > DRAFT_TTL_MS || savedAt > now() + DRAFT_TTL_MS;

  /** Every draft key in the storage (read first: removing while iterating shifts the indexes). */
  function draftKeys(store: Storage): string[] {
    const keys: string[] = [];
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
    return keys;
  }

  return {
    load<T>(key: DraftKey): Draft<T> | null {
      return attempt((store) => {
        const name = storageKey(key);
        const stored = parse(store.getItem(name));
        if (!stored || stored.userId !== key.userId || stored.form !== key.form || expired(stored.savedAt)) {
          store.removeItem(name);
          return null;
        }
        return { values: stored.values as T, savedAt: stored.savedAt, afterSessionEnded: stored.afterSessionEnded };
      }, null);
    },

    save(key, values) {
      return attempt((store) => {
        const name = storageKey(key);
        // A draft restored after a lapsed session stays marked so until it is saved or dropped.
        const afterSessionEnded = parse(store.getItem(name))?.afterSessionEnded === true;
        const stored: StoredDraft = { userId: key.userId, form: key.form, savedAt: now(), afterSessionEnded, values: withoutPasswords(values) };
        store.setItem(name, JSON.stringify(stored));
        return true;
      }, false);
    },

    remove(key) {
      attempt((store) => store.removeItem(storageKey(key)), undefined);
    },

    hasAny() {
      return attempt((store) => draftKeys(store).some((name) => {
        const stored = parse(store.getItem(name));
        return stored !== null && !expired(stored.savedAt);
      }), false);
    },

    noteSessionEnded() {
      for (const flush of [...flushers]) flush();
      attempt((store) => store.setItem(SESSION_ENDED_KEY, String(now())), undefined);
    },

    onSessionEnded(flush) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },

    sessionEnded() {
      return attempt((store) => {
        const at = Number(store.getItem(SESSION_ENDED_KEY) ?? Number.NaN);
        return Number.isFinite(at) && !expired(at);
      }, false);
    },

    resumeSession(userId) {
      attempt((store) => {
        const ended = store.getItem(SESSION_ENDED_KEY) !== null;
        store.removeItem(SESSION_ENDED_KEY);
        for (const name of draftKeys(store)) {
          const stored = parse(store.getItem(name));
          if (!stored || stored.userId !== userId || expired(stored.savedAt)) store.removeItem(name);
          else if (ended) store.setItem(name, JSON.stringify({ ...stored, afterSessionEnded: true }));
        }
      }, undefined);
    },
  };
}

/** The app's drafts, in this tab's sessionStorage. */
export const drafts: DraftStore = createDraftStore(() => (typeof window === 'undefined' ? null : window.sessionStorage));

/**
 * The draft a form starts from, read once when it mounts (null: none, or no user yet). The form puts
 * `restored.values` into its state and shows `<RestoredDraft>` (shared/ui) while `restored` is set.
 */
export function useRestoredDraft<T>(key: DraftKey | null, store: DraftStore = drafts): Draft<T> | null {
  const [restored] = useState(() => (key ? store.load<T>(key) : null));
  return restored;
}

export interface DraftAutosave {
  /**
   * Drops the draft and writes no more until the values change again: after a successful save, or
   * when the user has chosen to leave (or discard) what they typed.
   */
  discard: () => void;
}

/**
 * Keeps the form's values as a draft while they are unsaved (`dirty`): written `delayMs` after the
 * last change, and at once when the session ends, the form goes away (a navigation) or the page is
 * hidden (reload, closing the tab). A clean form has no draft.
 */
export function useDraftAutosave(key: DraftKey | null, values: unknown, dirty: boolean, { delayMs = 400, store = drafts }: { delayMs?: number; store?: DraftStore } = {}): DraftAutosave {
  const latest = useRef({ key, values, dirty });
  const discarded = useRef(false);
  const storageName = key ? storageKey(key) : null;

  useEffect(() => {
    latest.current = { key, values, dirty };
  });

  useEffect(() => {
    if (!key) return undefined;
    discarded.current = false;
    if (!dirty) {
      store.remove(key);
      return undefined;
    }
    const timer = setTimeout(() => store.save(key, values), delayMs);
    return () => clearTimeout(timer);
    // The key's identity may change every render; its storage name is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageName, values, dirty, delayMs, store]);

  useEffect(() => {
    const flush = () => {
      const { key: current, values: currentValues, dirty: currentDirty } = latest.current;
      if (current && currentDirty && !discarded.current) store.save(current, currentValues);
    };
    window.addEventListener('pagehide', flush);
    const stop = store.onSessionEnded(flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      stop();
      flush();
    };
  }, [store]);

  return {
    discard: () => {
      discarded.current = true;
      if (latest.current.key) store.remove(latest.current.key);
    },
  };
}
