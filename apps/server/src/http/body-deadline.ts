/**
 * How long a client may take to send its request's body. Node bounds the time to receive a whole
 * request with one `requestTimeout`, for every route; Opale sets it to what an evidence upload
 * from a phone on a weak network needs (minutes), and this hook bounds every other route to
 * `timeoutMs`: a client that trickles a JSON body (slowloris) cannot hold a connection for
 * minutes. When the time is up the request is answered 408 and its connection closed, as Node
 * does at its own limit.
 */
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

const requestTimeoutAnswer =
  'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';

export function bodyDeadline(timeoutMs: number) {
  return function limitBodyTime(
    request: FastifyRequest,
    _reply: FastifyReply,
    done: HookHandlerDoneFunction,
  ): void {
    const raw = request.raw;
    // Bodiless requests are complete once their headers are in; uploads have Node's own limit.
    if (raw.complete || request.routeOptions.config.acceptsFiles === true) {
      done();
      return;
    }
    const timer = setTimeout(() => {
      if (raw.complete) return;
      request.log.warn({ url: request.url }, 'closed a request whose body did not arrive in time');
      raw.socket.end(requestTimeoutAnswer);
      raw.socket.destroySoon();
    }, timeoutMs);
    const stop = () => clearTimeout(timer);
    raw.once('end', stop);
    raw.once('close', stop);
    done();
  };
}
