import { DataSource, IsNull, Like } from 'typeorm';
import { OutboxMessage } from '../src/app/notifications/outbox-message.entity';
import { TestApp } from './test-app';

/** The token of the newest verification link mailed to an address, as its recipient would read it. */
export async function verificationToken(t: TestApp, email: string): Promise<string> {
  const message = await t.app
    .get(DataSource)
    .getRepository(OutboxMessage)
    .findOneOrFail({ where: { to: email, secret: Like('%/email-bestaetigen?token=%') }, order: { createdAt: 'DESC' } });
  return decodeURIComponent(new URL(message.secret as string).searchParams.get('token') as string);
}

/** Clicks the verification link mailed to an address. */
export async function verifyFromOutbox(t: TestApp, email: string): Promise<void> {
  const res = await (await t.client()).post('/api/auth/verify-email', { token: await verificationToken(t, email) });
  if (res.status !== 200) throw new Error(`verification of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** The newest message to an address about an application (not a link with a secret). */
export function applicationMailTo(t: TestApp, to: string): Promise<OutboxMessage> {
  return t.app
    .get(DataSource)
    .getRepository(OutboxMessage)
    .findOneOrFail({ where: { to, secret: IsNull() }, order: { createdAt: 'DESC' } });
}
