import { useRef } from 'react';

/**
 * "Visa fler" in a list: focus moves to the first added item's link as soon as it is rendered, so a
 * keyboard or screen-reader user continues where the new items begin.
 */
export function useFocusAppended() {
  const pending = useRef<number | null>(null);
  return {
    /** Call before loading more, with the number of items shown now (the index of the first new one). */
    expect(index: number) {
      pending.current = index;
    },
    /** The ref callback for the link of the item at this index. */
    refFor(index: number) {
      return (element: HTMLElement | null) => {
        if (element && pending.current === index) {
          pending.current = null;
          element.focus();
        }
      };
    },
  };
}
