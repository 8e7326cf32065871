import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ERROR_CODES, Role } from '@markt/shared';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { LoginDto } from './dto/login.dto';
import { EmailVerificationService } from './email-verification.service';
import { RegisterDto } from './dto/register.dto';
import { hashPassword, verifyPassword } from './password';
import { LoginThrottleService } from './login-throttle.service';
import { NewSession, SessionService } from './session.service';

export interface LoginResult {
  user: User;
  session: NewSession;
}

@Injectable()
export class AuthService {
  /** Verified against when the account does not exist, so both failures take the same time. */
  private readonly dummyHash = hashPassword('no-such-account-placeholder');

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly verification: EmailVerificationService,
  ) {}

  /** Applicants register themselves; staff accounts only come from admins. */
  async register(input: RegisterDto): Promise<LoginResult> {
    const user = await this.users.create({ ...input, role: Role.Applicant }, { verified: false });
    await this.verification.sendForAccount(user);
    return { user, session: await this.sessions.create(user.id) };
  }

  async login(input: LoginDto, ip: string): Promise<LoginResult> {
    await this.throttle.beforeAttempt(input.email, ip);
    const user = await this.users.findByEmail(input.email);
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), input.password);
    if (!user || !user.active || !passwordMatches) {
      await this.throttle.recordFailure(input.email, ip);
      // One message for unknown account, wrong password and deactivated account: no enumeration.
      throw new UnauthorizedException({
        code: ERROR_CODES.invalidCredentials,
        message: 'Email or password is wrong',
      });
    }
    await this.throttle.clearAccount(input.email, ip);
    return { user, session: await this.sessions.create(user.id) };
  }

  logout(tokenHash: string | undefined): Promise<void> {
    return tokenHash ? this.sessions.destroy(tokenHash) : Promise.resolve();
  }
}
