import { INestApplicationContext } from '@nestjs/common';
import { createInterface } from 'node:readline/promises';
import { LIMITS } from '@markt/shared';
import { UsersService } from '../users/users.service';

function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new Error('No password: set ADMIN_PASSWORD or run in a terminal to be asked for it');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password for the admin account: ');
  } finally {
    rl.close();
  }
}

/** `npm run admin:create -- --email <email> [--name <name>]`: creates or promotes an admin. */
export async function adminCreate(app: INestApplicationContext, args: string[]): Promise<string> {
  const email = argument(args, 'email')?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email))
    throw new Error('Usage: admin:create --email <email> [--name <name>]');
  const password = process.env['ADMIN_PASSWORD'] || (await promptPassword());
  if (password.length < LIMITS.password.min) {
    throw new Error(`The password must have at least ${LIMITS.password.min} characters`);
  }
  const name = argument(args, 'name') ?? email.split('@')[0];
  const { created } = await app.get(UsersService).upsertAdmin(email, password, name);
  return created ? `Admin ${email} created.` : `${email} is now an active admin with the new password.`;
}
