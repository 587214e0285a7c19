export { SyncServer, type SyncAuthority, type SyncServerOptions } from './sync-server';
export { MemoryDocumentStore, type DocumentStore, type StoredDocument } from './document-store';
export { closeCodes, type CloseCode } from '@opale/core';
export { defaultSyncLimits, type SyncIdentity, type SyncLimits, type SyncPerson } from './identity';
export { inspectUpdate } from './update-gate';
export type { AppliedUpdate, Projector, Room } from './room';
