import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UserDto } from '@markt/shared';
import type { Response } from 'express';
import { Public, Roles } from '../common/access.decorators';
import { AuthenticatedRequest, CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { toUserDto } from '../users/users.mapper';
import { AuthService, LoginResult } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { PasswordResetDto, PasswordResetRequestDto } from './dto/password-reset.dto';
import { RegisterDto } from './dto/register.dto';
import { PasswordResetService } from './password-reset.service';
import { SessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Public()
  @Post('register')
  async register(@Body() body: RegisterDto, @Res({ passthrough: true }) res: Response): Promise<UserDto> {
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
    return this.startSession(await this.auth.login(body, req.ip ?? 'unknown'), res);
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
  requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<void> {
    return this.passwordReset.request(body.email);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  resetPassword(@Body() body: PasswordResetDto): Promise<void> {
    return this.passwordReset.reset(body.token, body.password);
  }

  @Roles()
  @Get('me')
  me(@CurrentUser() user: User): UserDto {
    return toUserDto(user);
  }

  private startSession({ user, session }: LoginResult, res: Response): UserDto {
    this.cookies.start(res, session);
    return toUserDto(user);
  }
}
