/**
 * What a member may change on an agenda board, read from core's write-rule table (the server
 * enforces the same): controls they may not use are not shown.
 */
import { entryKey, mayWrite, notesRootPrefix, organisationRoot, type Writer } from '@opale/core';

export interface AgendaRights {
  /** Add, tick and delete action items. */
  actions: boolean;
  /** Edit the shared notes. */
  notes: boolean;
  /** Answer an invitation for that organisation. */
  answerFor: (organisationId: string) => boolean;
}

/** The write rules name places by kind, not one by one: any id stands for them all. */
const anyId = 'any';

export function agendaRights(writer: Writer): AgendaRights {
  return {
    actions: mayWrite('agenda', { root: 'actions', key: entryKey('action', anyId) }, writer),
    notes: mayWrite('agenda', { root: `${notesRootPrefix}${anyId}`, key: null }, writer),
    answerFor: (organisationId) =>
      mayWrite(
        'agenda',
        { root: organisationRoot(organisationId), key: entryKey('answer', anyId) },
        writer,
      ),
  };
}
