/**
 * A wide table's own scroller (issue #13): on a phone a wide table scrolls sideways inside this
 * box, never the page. While it can scroll, it is a keyboard stop (tabIndex 0) and a region named
 * by its table's caption, so that keyboard users can scroll it too (WCAG 2.1.1; axe
 * scrollable-region-focusable); when everything fits it is a plain box and no extra tab stop.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function TableWrap({ children, className }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState<{ label: string } | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const overflows = element.scrollWidth > element.clientWidth + 1;
      const label = element.querySelector('caption')?.textContent?.trim() ?? '';
      setScroll((current) =>
        overflows ? (current?.label === label ? current : { label }) : current === null ? current : null,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      {...(scroll ? { tabIndex: 0, role: 'region', 'aria-label': scroll.label || undefined } : {})}
    >
      {children}
    </div>
  );
}
