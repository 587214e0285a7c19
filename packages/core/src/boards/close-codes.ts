/**
 * Close codes of the live-document endpoint, shared by the sync server and the web client. 4400–4499 mirror HTTP 4xx: the stock y-websocket client stops
 * reconnecting on them and emits `closed`, so a refused client never loops.
 */
export const closeCodes = {
  /** A message could not be decoded, was truncated, or had an unknown type. */
  malformed: 4400,
  /** No valid session (never signed in, signed out, or the session was ended). */
  unauthenticated: 4401,
  /** Signed in, but not allowed to read this document (or no longer). */
  forbidden: 4403,
  /** No such document. */
  unknownDocument: 4404,
  /** An update broke the write rules: the client must drop its local changes and resync. */
  updateRefused: 4409,
  /** The board reached its size limit and refused an update: the client must reset, as for 4409. */
  tooLarge: 4413,
  /** Sent by the websocket library itself when one message exceeds the server's limit. */
  messageTooBig: 1009,
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
} as const;
export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];
