import { Injectable } from '@angular/core';
import { ApiCollection } from './api-collection';
import { withFakeBackend } from './http.testing';

interface Thing {
  id: string;
  name: string;
}

@Injectable({ providedIn: 'root' })
class ThingsService extends ApiCollection<Thing, { name: string }, Partial<{ name: string }>> {
  protected readonly path = '/api/things';
}

describe('ApiCollection', () => {
  it('lists and creates on the collection path and updates one item there, its id encoded', () => {
    const { service, http } = withFakeBackend(ThingsService);
    service.list().subscribe();
    service.create({ name: 'A' }).subscribe();
    service.update('a/1', { name: 'B' }).subscribe();
    http.expectOne({ method: 'GET', url: '/api/things' });
    expect(http.expectOne({ method: 'POST', url: '/api/things' }).request.body).toEqual({ name: 'A' });
    expect(http.expectOne({ method: 'PATCH', url: '/api/things/a%2F1' }).request.body).toEqual({ name: 'B' });
    http.verify();
  });
});
