import type { Server } from 'node:http';
import { AppConfig } from '../config/app.config';

/**
 * A slow or stalled client is cut off and its socket freed: headers must arrive within the headers
 * timeout, the whole request within the request timeout, and a socket that sends nothing for the idle
 * timeout is closed (this is what ends a body that stops half-way, long before the request timeout
 * is checked). Idle keep-alive connections close after the keep-alive timeout.
 */
export function applyHttpTimeouts(server: Server, { http }: AppConfig): void {
  server.headersTimeout = http.headersTimeoutMs;
  server.requestTimeout = http.requestTimeoutMs;
  server.keepAliveTimeout = http.keepAliveTimeoutMs;
  server.setTimeout(http.idleTimeoutMs);
}
