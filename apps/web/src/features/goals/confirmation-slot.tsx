import { useCallback, useState, type ReactNode } from 'react';
import { Confirmation } from '../../shared/ui/Confirmation';

interface Confirmed {
  /** Counts the answers, so that the same words said twice (values saved twice) are said — and focused — again. */
  count: number;
  heading: string;
  body?: ReactNode;
  next?: ReactNode;
}

/**
 * A place for the answer to a form that went through (shared/ui/Confirmation: role="status", takes focus):
 * `confirm(heading, …)` fills it, `clear()` empties it. Each answer is a fresh Confirmation, so that a second
 * "Värdena är sparade." moves focus there too.
 */
export function useConfirmationSlot(level: 2 | 3 | 4) {
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const confirm = useCallback((heading: string, more: { body?: ReactNode; next?: ReactNode } = {}) => {
    setConfirmed((current) => ({ count: (current?.count ?? 0) + 1, heading, ...more }));
  }, []);
  const clear = useCallback(() => setConfirmed((current) => (current ? { count: current.count + 1, heading: '' } : current)), []);
  const element = (
    <Confirmation key={confirmed?.count ?? 0} heading={confirmed?.heading || null} level={level} next={confirmed?.next}>
      {confirmed?.body}
    </Confirmation>
  );
  return { confirm, clear, element };
}
