/**
 * Log settings. Logs are read by whoever runs the machine, not only by platform admins: they must
 * never hold a secret (cookies, passwords, invitation or feed tokens) nor what a person searched for.
 */
import type { FastifyRequest } from 'fastify';
import type { LogLevel } from '../env';

/** The path only, with link secrets replaced: query strings can carry tRPC inputs. */
export function loggablePath(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  return path
    .replace(/^\/invite\/[^/]+/, '/invite/[token]')
    .replace(/^\/ical\/[^/]+/, '/ical/[secret]')
    .slice(0, 300);
}

export function loggerOptions(level: LogLevel) {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'headers.cookie',
        'headers.authorization',
        'headers["set-cookie"]',
        'password',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request: FastifyRequest) {
        return {
          method: request.method,
          url: loggablePath(request.url),
          remoteAddress: request.ip,
        };
      },
    },
  };
}
