import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Says the new page's title after an in-app navigation, as a full page load would have. The page
 * sets document.title when it has rendered (possibly after loading its data), hence the short wait.
 */
export function RouteAnnouncer() {
  const { pathname, key } = useLocation();
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (key === 'default') return;
    const timer = setTimeout(() => setMessage(document.title), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new path is a new page; a new query string is not
  }, [pathname]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
