import { useCallback, useSyncExternalStore } from 'react';

/**
 * A phone (below 640 px, or a wider window zoomed to that many CSS pixels): the header's menu button
 * and the tables' cards. The same width as `@media (max-width: 39.99em)` in styles.css and
 * shared/ui/DataTable.css; see docs/web-patterns.md, "Phones".
 */
export const PHONE_MEDIA = '(max-width: 39.99em)';

/**
 * Whether the window matches a media query now, following it as the window is resized or zoomed.
 * Without `matchMedia` (jsdom in the unit tests) nothing matches: the desktop layout.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
