/**
 * Finds where an incoming Yjs update writes, before it is applied, so that the write rules can
 * be checked on every inserted struct and every deletion (DESIGN.md §4).
 *
 * In the update encoding an item carries its parent only when it has no left/right origin;
 * otherwise its parent (and map key) are those of its origin item. Origins are looked up in the
 * same update or in the server document, and parents are followed up to a root type. The server
 * document is kept with gc disabled, so every item it holds still knows its parent.
 */
import * as Y from 'yjs';
import type { WriteLocation } from '@opale/core';

export type GateVerdict =
  | { ok: true; locations: WriteLocation[]; newClients: Map<number, number> }
  | { ok: false; reason: string };

/** Where a struct lands: a root location, or nowhere visible (inside garbage-collected content). */
type Landing = WriteLocation | 'void';

class Unresolvable extends Error {}

type DecodedStruct = Y.Item | Y.GC | Y.Skip;

interface UpdateIndex {
  /** Structs of the update by client, ordered by clock. */
  byClient: Map<number, DecodedStruct[]>;
}

function indexUpdate(structs: DecodedStruct[]): UpdateIndex {
  const byClient = new Map<number, DecodedStruct[]>();
  for (const struct of structs) {
    let list = byClient.get(struct.id.client);
    if (!list) byClient.set(struct.id.client, (list = []));
    list.push(struct);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return { byClient };
}

function findInList(
  list: readonly DecodedStruct[] | undefined,
  clock: number,
): DecodedStruct | null {
  if (!list) return null;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const struct = list[mid]!;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct;
  }
  return null;
}

function findInDoc(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | null {
  if (Y.getState(doc.store, id.client) <= id.clock) return null;
  return Y.getItem(doc.store, id);
}

/** Where an item that is already part of the server document lives. */
function landingOfIntegrated(doc: Y.Doc, item: Y.Item): Landing {
  let current: Y.Item = item;
  for (;;) {
    const parent = current.parent;
    if (!(parent instanceof Y.AbstractType)) return 'void';
    if (parent._item === null) {
      return { root: Y.findRootTypeKey(parent), key: current.parentSub };
    }
    current = parent._item;
  }
}

export class UpdateGate {
  private readonly landings = new Map<DecodedStruct, Landing>();
  constructor(
    private readonly doc: Y.Doc,
    private readonly index: UpdateIndex,
  ) {}

  private find(id: Y.ID): DecodedStruct | Y.Item | Y.GC {
    const inDoc = findInDoc(this.doc, id);
    if (inDoc) return inDoc;
    const inUpdate = findInList(this.index.byClient.get(id.client), id.clock);
    if (inUpdate) return inUpdate;
    throw new Unresolvable(`refers to ${id.client}:${id.clock}, which the server does not have`);
  }

  private isIntegrated(struct: DecodedStruct | Y.Item | Y.GC): boolean {
    return findInDoc(this.doc, struct.id) === struct;
  }

  landingOf(struct: DecodedStruct | Y.Item | Y.GC, depth = 0): Landing {
    if (depth > 10_000) throw new Unresolvable('nests deeper than any board allows');
    if (struct instanceof Y.GC || struct instanceof Y.Skip) return 'void';
    if (this.isIntegrated(struct)) return landingOfIntegrated(this.doc, struct);
    const cached = this.landings.get(struct);
    if (cached) return cached;
    let landing: Landing;
    const parent = struct.parent as unknown;
    if (typeof parent === 'string') {
      landing = { root: parent, key: struct.parentSub };
    } else if (parent instanceof Y.ID) {
      const holder = this.find(parent);
      if (
        holder instanceof Y.Item &&
        !(holder.content instanceof Y.ContentType) &&
        !holder.deleted
      ) {
        throw new Unresolvable('names a parent that is not a shared type');
      }
      landing = this.landingOf(holder, depth + 1);
    } else {
      const originId = struct.origin ?? struct.rightOrigin;
      if (!originId) throw new Unresolvable('has neither a parent nor an origin');
      landing = this.landingOf(this.find(originId), depth + 1);
    }
    this.landings.set(struct, landing);
    return landing;
  }
}

/**
 * Decodes an update and lists every location it would write, or says why it cannot be checked.
 * `newClients` maps each client id to the first clock the update adds for it, so the caller can
 * bind client ids to the person who first wrote with them.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): GateVerdict {
  let decoded: {
    structs: DecodedStruct[];
    ds: { clients: Map<number, { clock: number; len: number }[]> };
  };
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, reason: 'the update could not be decoded' };
  }
  const index = indexUpdate(decoded.structs);
  const gate = new UpdateGate(doc, index);
  const locations: WriteLocation[] = [];
  const newClients = new Map<number, number>();
  try {
    for (const [client, list] of index.byClient) {
      const known = Y.getState(doc.store, client);
      const first = list[0]!;
      // A gap would leave the update pending in the server document forever.
      if (first.id.clock > known) {
        throw new Unresolvable(
          `starts at ${client}:${first.id.clock} but the server has only ${known}`,
        );
      }
      const last = list[list.length - 1]!;
      if (last.id.clock + last.length > known) newClients.set(client, known);
      for (const struct of list) {
        if (struct.id.clock + struct.length <= known) continue; // already applied: a no-op
        const landing = gate.landingOf(struct);
        if (landing !== 'void') locations.push(landing);
      }
    }
    for (const [client, deletions] of decoded.ds.clients) {
      for (const { clock, len } of deletions) {
        for (let at = clock; at < clock + len;) {
          const inDoc = findInDoc(doc, Y.createID(client, at));
          const struct = inDoc ?? findInList(index.byClient.get(client), at);
          if (!struct) {
            throw new Unresolvable(`deletes ${client}:${at}, which the server does not have`);
          }
          if (struct instanceof Y.Item && !(inDoc && struct.deleted)) {
            const landing = gate.landingOf(struct);
            if (landing !== 'void') locations.push(landing);
          }
          at = struct.id.clock + struct.length;
        }
      }
    }
  } catch (error) {
    if (error instanceof Unresolvable) return { ok: false, reason: `the update ${error.message}` };
    return { ok: false, reason: 'the update is malformed' };
  }
  return { ok: true, locations, newClients };
}
