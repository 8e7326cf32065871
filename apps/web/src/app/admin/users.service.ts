import { Injectable } from '@angular/core';
import { CreateUserInput, UpdateUserInput, UserDto } from '@markt/shared';
import { ApiCollection } from '../core/http/api-collection';

/** HTTP access to user accounts (admin only): list, create, update. */
@Injectable({ providedIn: 'root' })
export class UsersService extends ApiCollection<UserDto, CreateUserInput, UpdateUserInput> {
  protected readonly path = '/api/users';
}
