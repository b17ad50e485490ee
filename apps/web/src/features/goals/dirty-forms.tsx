import { createContext, useCallback, useContext, useEffect, useState } from 'react';

type Report = (key: string, dirty: boolean) => void;

const DirtyFormsContext = createContext<Report>(() => undefined);

export const DirtyFormsProvider = DirtyFormsContext.Provider;

/**
 * The goals page has many forms (goals, indicators, targets, a grid per indicator) and one
 * unsaved-changes guard (docs/web-patterns.md: one guard per page). Each form reports whether it holds
 * unsaved text; the page is dirty while any does. A form that closes reports itself clean.
 */
export function useDirtyForms(): { dirty: boolean; report: Report } {
  const [dirtyKeys, setDirtyKeys] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>((key, dirty) => {
    setDirtyKeys((current) => {
      if (current.has(key) === dirty) return current;
      const next = new Set(current);
      if (dirty) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  return { dirty: dirtyKeys.size > 0, report };
}

/** Tells the page whether this form holds unsaved text (and that it does not, once it is gone). */
export function useReportDirty(key: string, dirty: boolean): void {
  const report = useContext(DirtyFormsContext);
  useEffect(() => {
    report(key, dirty);
  }, [report, key, dirty]);
  useEffect(() => () => report(key, false), [report, key]);
}
