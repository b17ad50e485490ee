/**
 * jsdom has no layout and no `window.matchMedia`: a stand-in that answers width queries
 * (`(max-width: 39.99em)`, `(min-width: 56em)`, 1em = 16px) for a window of the given width, and can
 * resize it (listeners hear the change, as in a browser).
 */
export function setViewportWidth(initialWidth: number): { resize: (width: number) => void; restore: () => void } {
  let width = initialWidth;
  const lists = new Map<string, { listeners: Set<() => void>; matches: boolean }>();

  function evaluate(query: string): boolean {
    const conditions = [...query.matchAll(/\((max|min)-width:\s*([\d.]+)(em|px)\)/g)];
    if (!conditions.length) return false;
    return conditions.every(([, kind, value, unit]) => {
      const px = Number(value) * (unit === 'em' ? 16 : 1);
      return kind === 'max' ? width <= px : width >= px;
    });
  }

  function matchMedia(query: string): MediaQueryList {
    const entry = lists.get(query) ?? { listeners: new Set<() => void>(), matches: evaluate(query) };
    lists.set(query, entry);
    return {
      media: query,
      get matches() {
        return evaluate(query);
      },
      onchange: null,
      addEventListener: (_type: string, listener: () => void) => entry.listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => entry.listeners.delete(listener),
      addListener: (listener: () => void) => entry.listeners.add(listener),
      removeListener: (listener: () => void) => entry.listeners.delete(listener),
      dispatchEvent: () => true,
    } as unknown as MediaQueryList;
  }

  Object.defineProperty(window, 'matchMedia', { value: matchMedia, configurable: true, writable: true });
  return {
    resize(next: number) {
      width = next;
      for (const [query, entry] of lists) {
        const matches = evaluate(query);
        if (matches === entry.matches) continue;
        entry.matches = matches;
        for (const listener of entry.listeners) listener();
      }
    },
    restore() {
      delete (window as Partial<Window>).matchMedia;
    },
  };
}
