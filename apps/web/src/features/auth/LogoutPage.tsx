import { useEffect, useRef } from 'react';
import { Loading } from '../../shared/ui/Loading';
import { useSession } from './session';

/**
 * "Logga ut" is a navigation to /logout, so a form with unsaved changes asks first like for any
 * other link (docs/web-patterns.md, "Work is never lost"); only once the user has left the form does
 * this page end the session and go to the start page.
 */
export function LogoutPage() {
  const { signOut } = useSession();
  const started = useRef(false);
  useEffect(() => {
    // Once, also under React's development double effects.
    if (started.current) return;
    started.current = true;
    void signOut();
  }, [signOut]);
  return <Loading />;
}
