import { Body, Controller, Delete, Get, HttpCode, Patch, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, UserDto } from '@markt/shared';
import type { Response } from 'express';
import { SessionCookies } from '../auth/session-cookies';
import { OwnAccount, Roles } from '../common/access.decorators';
import { AuthenticatedRequest, CurrentUser } from '../common/request-user';
import { toUserDto } from '../users/users.mapper';
import { User } from '../users/user.entity';
import { AccountService } from './account.service';
import { ChangeCredentialsDto } from './dto/change-credentials.dto';
import { DeleteAccountDto } from './dto/delete-account.dto';

@ApiTags('account')
@Controller('me')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    private readonly cookies: SessionCookies,
  ) {}

  @Roles()
  @Get('export')
  async export(@CurrentUser() user: User, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Disposition', 'attachment; filename="meine-daten.json"');
    return this.account.export(user);
  }

  /** Any account changes its own email address or password, with its current password (also a provisional one). */
  @OwnAccount()
  @Patch()
  async changeCredentials(
    @Body() body: ChangeCredentialsDto,
    @CurrentUser() user: User,
    @Req() req: AuthenticatedRequest,
  ): Promise<UserDto> {
    return toUserDto(await this.account.changeCredentials(user, body, req.sessionTokenHash));
  }

  /** Staff accounts are managed by admins; applicants delete their own. */
  @Roles(Role.Applicant)
  @Delete()
  @HttpCode(204)
  async delete(
    @Body() body: DeleteAccountDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.account.delete(user, body.password);
    this.cookies.end(res);
  }
}
