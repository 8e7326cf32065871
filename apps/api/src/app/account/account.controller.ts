import { Body, Controller, Delete, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role } from '@markt/shared';
import type { Response } from 'express';
import { SessionCookies } from '../auth/session-cookies';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { User } from '../users/user.entity';
import { AccountService } from './account.service';
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
