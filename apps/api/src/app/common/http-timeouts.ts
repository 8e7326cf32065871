import { ERROR_CODES } from '@markt/shared';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
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
  // Node checks the headers and request timeouts only this often (30 s by default): check within a second.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    1000,
    http.headersTimeoutMs / 2,
  );
}

const CLIENT_ERROR_STATUS: Record<string, number> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
};

/**
 * What Node's HTTP parser refuses before any route sees it (a malformed request line or header, headers
 * too large, a request cut off by the timeouts) also answers in the `ApiError` shape, then the
 * connection closes.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const statusCode = CLIENT_ERROR_STATUS[error.code ?? ''] ?? 400;
    const body = JSON.stringify({
      statusCode,
      code: statusCode === 431 ? ERROR_CODES.payloadTooLarge : ERROR_CODES.badRequest,
      message: STATUS_CODES[statusCode],
    });
    socket.end(
      `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
