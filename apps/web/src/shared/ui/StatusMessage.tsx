import type { ReactNode } from 'react';

/**
 * A polite live region that is always in the page, so that a message put into it later is
 * announced (screen readers ignore live regions that arrive together with their text).
 */
export function StatusMessage({ children, className }: { children?: ReactNode; className?: string }) {
  const hasContent = children !== null && children !== undefined && children !== false && children !== '';
  return (
    <div role="status" className={className ?? 'status-region'}>
      {hasContent ? <p className="status-message">{children}</p> : null}
    </div>
  );
}
