import { useCallback, useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';
import { LeavePageDialog } from './ui/LeavePageDialog';

/** The login page: where a lapsed session sends the user (main.tsx); the form's draft keeps their work. */
const LOGIN_PATH = '/login';

export interface UnsavedChangesOptions {
  /** The question asked; "Du har osparade ändringar. Lämna sidan ändå?" when left out. */
  message?: string;
  /**
   * Paths that belong to the same form, where moving is not leaving (the cohort wizard's steps,
   * `/cohorts/new/…`). Give a function that keeps its identity (module level or useCallback).
   */
  within?: (pathname: string) => boolean;
  /** The user has chosen to leave: e.g. the form drops its draft (`useDraftAutosave().discard`). */
  onLeave?: () => void;
}

export interface UnsavedChanges {
  /** The dialog while a navigation waits for the user's answer, else null: render it in the form. */
  dialog: ReactElement | null;
  /**
   * Lets the next navigation through without asking: call it right before the form navigates away
   * itself after a successful save (the `dirty` it passed is not updated until the next render).
   */
  allowNextNavigation: () => void;
}

/**
 * The guard every form with unsaved changes uses (docs/web-patterns.md, "Work is never lost"):
 *
 * - a navigation inside the app (a menu link, Back, the form's own cancel link) waits while `dirty`,
 *   and a modal dialog asks "Du har osparade ändringar. Lämna sidan ändå?" with "Stanna kvar"
 *   (focused, and Escape) and "Lämna sidan";
 * - while `dirty`, a `beforeunload` handler makes the browser ask before a reload, closing the tab
 *   or typing another address;
 * - a change of only the query string, a path `within` the same form, and the lapsed session's way to
 *   the login page are let through (the draft store keeps the text over the login).
 *
 * `dirty` means "differs from what was loaded or last saved" (a wizard: once anything is chosen).
 *
 *   const draft = useDraftAutosave(draftKey, values, dirty);
 *   const guard = useUnsavedChanges(dirty, { onLeave: draft.discard });
 *   …after a successful save: draft.discard(); guard.allowNextNavigation(); await navigate(…);
 *   return <>{guard.dialog}<form>…</form></>;
 *
 * Needs a data router (createBrowserRouter / createMemoryRouter), and one guard per page.
 */
export function useUnsavedChanges(dirty: boolean, options: UnsavedChangesOptions = {}): UnsavedChanges {
  const { t } = useTranslation();
  const { message, within, onLeave } = options;
  const allowOnce = useRef(false);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => {
      // Read on every navigation, so that a save's own navigation gets through once.
      const allowed = allowOnce.current;
      allowOnce.current = false;
      if (allowed || !dirty) return false;
      if (nextLocation.pathname === currentLocation.pathname) return false;
      if (nextLocation.pathname === LOGIN_PATH) return false;
      return !within?.(nextLocation.pathname);
    },
    [dirty, within],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      // Both, for the browsers that still look at returnValue; none shows a text of ours.
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // The form became clean while asking (e.g. saved in another way): nothing to ask about any more.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  const dialog =
    blocker.state === 'blocked' ? (
      <LeavePageDialog
        question={message ?? t('unsavedChanges.question')}
        onStay={() => blocker.reset()}
        onLeave={() => {
          onLeave?.();
          blocker.proceed();
        }}
      />
    ) : null;

  return {
    dialog,
    allowNextNavigation: () => {
      allowOnce.current = true;
    },
  };
}
