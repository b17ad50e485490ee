import { createElement, useEffect, useId, useRef, type ReactNode } from 'react';
import './Confirmation.css';

interface ConfirmationProps {
  /**
   * What happened ("Programmet X är skapat."), shown as the confirmation's heading; null while there
   * is nothing to confirm (the empty live region stays in the page, so that what comes is announced).
   */
  heading: string | null;
  /** The heading's level where the confirmation sits (a form section's h2 → 3). */
  level?: 2 | 3 | 4;
  /** The rest of what happened, and links to what was made. */
  children?: ReactNode;
  /** What happens next, or what the user can do next: the confirmation's last paragraph. */
  next?: ReactNode;
}

/**
 * The answer to a form that went through (docs/web-patterns.md, "Every answer is seen"): a polite live
 * region that takes focus when it is filled (and is scrolled into view, on a phone too), so that a
 * keyboard or screen-reader user lands on it instead of somewhere in the emptied form. It says what
 * happened, links to what was made and says what happens next.
 */
export function Confirmation({ heading, level = 3, children, next }: ConfirmationProps) {
  const region = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    const element = region.current;
    if (!heading || !element) return;
    element.focus({ preventScroll: true });
    // Centred rather than 'nearest': a list above it that refetches and grows by a row right after
    // must not push the answer off the screen. jsdom has no layout and no scrollIntoView.
    element.scrollIntoView?.({ block: 'center' });
  }, [heading]);

  return (
    <div ref={region} role="status" tabIndex={-1} className="confirmation-region" aria-labelledby={heading ? headingId : undefined}>
      {heading ? (
        <div className="confirmation">
          {createElement(`h${level}`, { id: headingId, className: 'confirmation__heading' }, heading)}
          {children}
          {next ? <p className="confirmation__next">{next}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
