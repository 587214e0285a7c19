/** Binds a textarea to a shared text for as long as both are on the page (see text-binding). */
import { useCallback, type RefCallback } from 'react';
import type * as Y from 'yjs';
import { bindText } from '@/lib/live-board/text-binding';

/** A ref for the textarea; it follows `text` when the page moves to another date or board copy. */
export function useTextBinding(text: Y.Text | null): RefCallback<HTMLTextAreaElement> {
  return useCallback(
    (element: HTMLTextAreaElement | null) => {
      if (!element || !text) return;
      const binding = bindText(text, element);
      return () => binding.destroy();
    },
    [text],
  );
}
