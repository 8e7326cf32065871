import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CreateUserInput, UpdateUserInput, UserDto } from '@markt/shared';
import { Observable } from 'rxjs';

/** HTTP access to user accounts (admin only). */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  list(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>('/api/users');
  }

  create(input: CreateUserInput): Observable<UserDto> {
    return this.http.post<UserDto>('/api/users', input);
  }

  update(id: string, input: UpdateUserInput): Observable<UserDto> {
    return this.http.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, input);
  }
}
