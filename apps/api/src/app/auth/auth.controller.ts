import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EmailVerifiedDto, Role, ThrottledAccountDto, UserDto } from '@markt/shared';
import type { Response } from 'express';
import { Public, Roles } from '../common/access.decorators';
import { AuthenticatedRequest, clientAddress, CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { toUserDto } from '../users/users.mapper';
import { AuthService, LoginResult } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { PasswordResetDto, PasswordResetRequestDto } from './dto/password-reset.dto';
import { RegisterDto } from './dto/register.dto';
import { VerifyEmailDto } from './dto/verify-email.dto';
import { EmailVerificationService } from './email-verification.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordResetService } from './password-reset.service';
import { RequestThrottle } from './request-throttle.service';
import { SessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
    private readonly passwordReset: PasswordResetService,
    private readonly loginThrottle: LoginThrottleService,
    private readonly requests: RequestThrottle,
    private readonly verification: EmailVerificationService,
  ) {}

  @Public()
  @Post('register')
  async register(
    @Body() body: RegisterDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UserDto> {
    await this.requests.hit('register', clientAddress(req));
    return this.startSession(await this.auth.register(body), res);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() body: LoginDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UserDto> {
    return this.startSession(await this.auth.login(body, clientAddress(req)), res);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.sessionTokenHash);
    this.cookies.end(res);
  }

  /** Always 204, so the form does not tell whether an account exists. */
  @Public()
  @Post('password-reset')
  @HttpCode(204)
  async requestPasswordReset(@Body() body: PasswordResetRequestDto, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.requests.hit('passwordReset', clientAddress(req));
    return this.passwordReset.request(body.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  resetPassword(@Body() body: PasswordResetDto): Promise<void> {
    return this.passwordReset.reset(body.token, body.password);
  }

  /** Uses a one-time link from a verification mail; whoever holds the link may use it, logged in or not. */
  @Public()
  @Post('verify-email')
  @HttpCode(200)
  verifyEmail(@Body() body: VerifyEmailDto): Promise<EmailVerifiedDto> {
    return this.verification.verify(body.token);
  }

  /** Sends the account's verification link again. */
  @Roles()
  @Post('verification')
  @HttpCode(204)
  async resendVerification(@CurrentUser() user: User, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.requests.hit('verification', clientAddress(req));
    await this.verification.sendForAccount(user);
  }

  /** Accounts whose logins are slowed down after failed attempts, so admins can spot an attack. */
  @Roles(Role.Admin)
  @Get('throttled')
  throttled(): Promise<ThrottledAccountDto[]> {
    return this.loginThrottle.throttledAccounts();
  }

  /**
   * The logged-in account, or 204 No Content for a visitor: every anonymous page load asks, and "nobody"
   * is an answer, not an error (a 401 would be logged in the browser console each time).
   */
  @Public()
  @Get('me')
  me(@CurrentUser() user: User | undefined, @Res({ passthrough: true }) res: Response): UserDto | undefined {
    if (user) return toUserDto(user);
    res.status(204);
    return undefined;
  }

  private startSession({ user, session }: LoginResult, res: Response): UserDto {
    this.cookies.start(res, session);
    return toUserDto(user);
  }
}
