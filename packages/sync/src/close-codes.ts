/**
 * Close codes the server uses. 4400–4499 mirror HTTP 4xx: the stock y-websocket client stops
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
  /** A message or the document grew past the size limit. */
  tooLarge: 4413,
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
} as const;
export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];
