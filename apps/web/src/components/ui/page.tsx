/**
 * A screen: names the browser tab, and puts focus on its heading after a navigation so screen
 * readers announce where the person landed.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { usePageTitle } from '@/lib/page-title';

let firstScreenShown = false;

export interface PageProps {
  title: string;
  /** The tab title when it should say more than the heading. */
  documentTitle?: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

export function Page({ title, documentTitle, lead, actions, children }: PageProps) {
  usePageTitle(documentTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (firstScreenShown) heading.current?.focus({ preventScroll: true });
    firstScreenShown = true;
  }, []);

  return (
    <>
      <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold text-slate-950 sm:text-3xl">
            {title}
          </h1>
          {lead ? <div className="mt-1 text-slate-700">{lead}</div> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}

export function Section({
  title,
  children,
  className,
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-bold text-slate-950">
        {title}
      </h2>
      {children}
    </section>
  );
}
