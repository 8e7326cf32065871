import * as argon2 from 'argon2';
import { validationFailed } from '../common/validation';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/** For changes that need the account owner in person: a wrong password is a field error on `field`. */
export async function assertPassword(
  user: { passwordHash: string },
  password: string,
  field = 'password',
): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw validationFailed([{ field, code: 'wrongPassword', message: 'The password is wrong' }]);
  }
}
