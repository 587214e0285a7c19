import { useEffect } from 'react';

/** Names the browser tab and what screen readers announce after navigation. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Opale` : 'Opale';
  }, [title]);
}
