import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable } from 'rxjs';

/**
 * HTTP access to one collection of the API, which its controllers answer alike: `GET` (all) and `POST` (a new one)
 * on the collection's path, `PATCH` on `path/:id`. A service extends it with the collection's own calls:
 * `class UsersService extends ApiCollection<UserDto, CreateUserInput, UpdateUserInput> { protected readonly path = '/api/users'; }`
 */
export abstract class ApiCollection<T, CreateInput, UpdateInput> {
  protected readonly http = inject(HttpClient);
  protected abstract readonly path: string;

  list(): Observable<T[]> {
    return this.http.get<T[]>(this.path);
  }

  create(input: CreateInput): Observable<T> {
    return this.http.post<T>(this.path, input);
  }

  update(id: string, input: UpdateInput): Observable<T> {
    return this.http.patch<T>(this.url(id), input);
  }

  /** The address of one item (ids are encoded), or of `below` it: `url(id, 'copy')`. */
  protected url(id: string, below?: string): string {
    const item = `${this.path}/${encodeURIComponent(id)}`;
    return below ? `${item}/${below}` : item;
  }
}
