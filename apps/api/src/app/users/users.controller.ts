import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, UserDto } from '@markt/shared';
import { Roles } from '../common/access.decorators';
import { CurrentUser } from '../common/request-user';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { User } from './user.entity';
import { toUserDto } from './users.mapper';
import { UsersService } from './users.service';

/** Staff management: admins only. */
@ApiTags('users')
@Roles(Role.Admin)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(): Promise<UserDto[]> {
    return (await this.users.list()).map(toUserDto);
  }

  /** The password given here is provisional: the new account is asked to replace it at its first login. */
  @Post()
  async create(@Body() body: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.create(body, { provisional: true }));
  }

  @Patch(':id')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() actor: User,
  ): Promise<UserDto> {
    return toUserDto(await this.users.update(id, body, actor));
  }
}
