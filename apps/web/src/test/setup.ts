// jest-dom's matchers (toBeInTheDocument, toHaveFocus, toHaveAccessibleName…) on vitest's expect, typed for every spec.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.lang = '';
  document.title = '';
});
