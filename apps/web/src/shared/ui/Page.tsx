import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

interface PageProps {
  /** The page's name: its h1 and the first part of `document.title`. */
  title: string;
  /** The h1 when it should say more than the title (the start page greets the user by name). */
  heading?: string;
  children?: ReactNode;
}

/**
 * What Page does for its h1, for a page whose h1 is drawn by another component (a learning example's
 * title is part of the example's view): names the document and returns the ref of the heading to focus.
 */
export function usePageHeading(title: string): RefObject<HTMLHeadingElement | null> {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { pathname, key } = useLocation();
  const documentTitle = t('app.titleSuffix', { title });

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  useEffect(() => {
    // "default" is the entry the app was loaded on; a changed query string is not a new page.
    if (key !== 'default') headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  return headingRef;
}

/**
 * Every route renders one Page: it names the document ("<Sida> – Modellkommuner") and, after an
 * in-app navigation (not on the first load), moves focus to the h1 so screen-reader and keyboard
 * users start at the new content instead of somewhere in the old page's place.
 */
export function Page({ title, heading, children }: PageProps) {
  const headingRef = usePageHeading(title);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
