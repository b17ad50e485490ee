// jest-dom's matchers (toBeInTheDocument, toHaveFocus, toHaveAccessibleName…) on vitest's expect, typed for every spec.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what a user would wait for: on a loaded CI machine (two cores running
// the test files in parallel) a mocked answer can take longer than the library's default second.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // Drafts of forms live in the tab's sessionStorage (docs/web-patterns.md, "Work is never lost").
  window.sessionStorage.clear();
  document.documentElement.lang = '';
  document.title = '';
});
