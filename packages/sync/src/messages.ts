/** Message types of the y-websocket protocol, as the stock client speaks it. */
export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;
