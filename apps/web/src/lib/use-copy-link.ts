/**
 * Copying a link to share (an invitation, the public guide): the clipboard when the browser
 * allows it, else the text is selected in its field so a long press copies it.
 */
import { useRef, useState, type RefObject } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

export function useCopyLink(url: string): {
  /** Give it to the read-only field that shows the link. */
  input: RefObject<HTMLInputElement | null>;
  copy: CopyState;
  copyLink: () => Promise<void>;
} {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // Older browsers, or no permission: select the text so a long-press copy works.
      input.current?.select();
      setCopy(document.execCommand?.('copy') ? 'copied' : 'failed');
    }
  }
  return { input, copy, copyLink };
}
