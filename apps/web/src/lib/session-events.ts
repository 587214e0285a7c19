/**
 * The query cache notices an ended session outside React; the app shell, inside the router,
 * listens and sends the person to sign in.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function reportSessionEnded(): void {
  for (const listener of listeners) listener();
}

export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
