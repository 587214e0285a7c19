/**
 * Signing out of a shared or seized phone must leave nothing of the boards behind: every live
 * board's local copy on this device, of every account, is deleted.
 */
import { deleteLocalCopy, forgetLocalCopyNames, listLocalCopies } from './local-copy';
import { forgetCachedBans } from '../bans/cached-bans';
import { closeAllLiveBoards } from './registry';

export async function forgetThisDevice(): Promise<void> {
  forgetCachedBans();
  try {
    await closeAllLiveBoards();
    const names = await listLocalCopies();
    await Promise.all(names.map((name) => deleteLocalCopy(name)));
    forgetLocalCopyNames();
  } catch {
    // Signing out goes on: a copy that could not be deleted is still keyed to its account.
  }
}
