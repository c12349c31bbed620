import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One page: sets the document title (WCAG 2.4.2), renders the page's only h1 and moves focus to
 * it after an in-app navigation, so a screen reader user hears where they arrived.
 */
export function Page({
  title,
  heading,
  children,
}: {
  title: string;
  heading?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    // Not on the first page of a visit (react-router keeps the history index in
    // history.state.idx; 0 is where the visit began): there the browser starts at the top.
    if (window.history.state && (window.history.state as { idx?: number }).idx) headingRef.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
