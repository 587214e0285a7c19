/**
 * The query cache notices an ended session outside React; the app shell, inside the router,
 * listens and sends the person to sign in.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

/** How many deliberate sign-outs of this device are under way. */
let signingOut = 0;

export function reportSessionEnded(): void {
  if (signingOut > 0) return;
  for (const listener of listeners) listener();
}

export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs a deliberate sign-out. The server closes this device's live connections as it ends the
 * session; while `work` runs, those closings (and any refused request) are not reported as a
 * session that ended by itself — that would send the person to sign in before `work` has cleared
 * the device, and clear the account `work` needs to find what to delete.
 */
export async function whileSigningOut<T>(work: () => Promise<T>): Promise<T> {
  signingOut += 1;
  try {
    return await work();
  } finally {
    signingOut -= 1;
  }
}
