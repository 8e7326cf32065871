import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Params, convertToParamMap } from '@angular/router';
import { BehaviorSubject, map } from 'rxjs';
import { queryParam, queryParams, routeParam } from './route-params';

describe('route params', () => {
  it('follow the address, with a missing parameter as empty or null', () => {
    const params = new BehaviorSubject<Params>({ id: 'e-1' });
    const query = new BehaviorSubject<Params>({ schritt: '2' });
    TestBed.configureTestingModule({
      providers: [
        {
          provide: ActivatedRoute,
          useValue: {
            paramMap: params.pipe(map(convertToParamMap)),
            queryParamMap: query.pipe(map(convertToParamMap)),
            queryParams: query,
          },
        },
      ],
    });
    const [id, step, all] = TestBed.runInInjectionContext(() => [
      routeParam('id'),
      queryParam('schritt'),
      queryParams(),
    ]);
    expect([id(), step(), all()]).toEqual(['e-1', '2', { schritt: '2' }]);
    params.next({});
    query.next({ seite: '3' });
    expect([id(), step(), all()]).toEqual(['', null, { seite: '3' }]);
  });
});
