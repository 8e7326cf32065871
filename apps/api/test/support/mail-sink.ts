import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on a free local port that keeps what it receives. `slowFor` can make it take its
 * time over mail to some recipients, so a test can act while a delivery is in progress.
 */
export async function startMailSink() {
  const received: SunkMail[] = [];
  const slowFor = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const delay = Math.max(0, ...to.map((address) => slowFor.get(address) ?? 0));
        setTimeout(() => {
          received.push({ to, raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        }, delay);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Recipient → milliseconds the server waits before accepting a message to it. */
    slowFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailSink = Awaited<ReturnType<typeof startMailSink>>;
