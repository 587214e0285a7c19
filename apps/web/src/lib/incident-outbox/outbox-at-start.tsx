/**
 * Mounted once the account is known, on every signed-in screen: reports left waiting on this
 * device go as soon as the app opens, whichever screen the person opens first. Loaded apart
 * from the app's entry so that the first screen does not wait for it.
 */
import { useIncidentOutboxRuntime } from './use-incident-outbox';

export default function IncidentOutboxAtStart() {
  useIncidentOutboxRuntime();
  return null;
}
