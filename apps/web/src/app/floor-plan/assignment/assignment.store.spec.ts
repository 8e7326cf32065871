import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AssignmentsView, FloorPlanDto } from '@markt/shared';

type PlanStandDto = FloorPlanDto['stands'][number];
import { testCandidate, testStand } from '../plan-test-data';
import { AssignmentStore } from './assignment.store';

const EVENT = 'e1';
const base = `/api/events/${EVENT}`;

const stand = (id: string, number: string): PlanStandDto => ({ ...testStand({ number }), id });

const PLAN: FloorPlanDto = {
  eventId: EVENT,
  width: 20,
  depth: 10,
  features: [],
  stands: [stand('s1', '1'), stand('s2', '2'), stand('s3', '3')],
  version: 1,
  updatedAt: null,
};

const candidate = (applicationId: string, organisationName: string) =>
  testCandidate({ applicationId, organisationName });

const CANDIDATES = [candidate('a', 'Verein A'), candidate('b', 'Netzwerk B'), candidate('c', 'Forum C')];

function view(assignments: { standId: string; applicationId: string }[]): AssignmentsView {
  const placed = new Set(assignments.map((a) => a.applicationId));
  return {
    assignments,
    unplaced: CANDIDATES.filter((c) => !placed.has(c.applicationId)),
    candidates: CANDIDATES,
    conflicts: [],
  };
}

describe('AssignmentStore', () => {
  let store: AssignmentStore;
  let http: HttpTestingController;

  /** Lets the resource ask for its data, then answers plan and assignments. */
  async function loaded(initial: AssignmentsView): Promise<void> {
    store.eventId.set(EVENT);
    TestBed.tick();
    http.expectOne(`${base}/floor-plan`).flush(PLAN);
    http.expectOne(`${base}/assignments`).flush(initial);
    await TestBed.inject(ApplicationRef).whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), AssignmentStore] });
    store = TestBed.inject(AssignmentStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('loads plan and assignments and lists the free stands', async () => {
    expect(store.state()).toBe('loading');
    await loaded(view([{ standId: 's1', applicationId: 'a' }]));
    expect(store.state()).toBe('ready');
    expect(store.freeStands().map((s) => s.number)).toEqual(['2', '3']);
    expect(store.view().unplaced.map((c) => c.applicationId)).toEqual(['b', 'c']);
  });

  it('places an unplaced project on a free stand and announces it', async () => {
    await loaded(view([]));
    const done = store.place('s2', 'b');
    const req = http.expectOne(`${base}/assignments/s2`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ applicationId: 'b' });
    req.flush(view([{ standId: 's2', applicationId: 'b' }]));
    expect(await done).toBe(true);
    expect(store.view().assignments).toEqual([{ standId: 's2', applicationId: 'b' }]);
    expect(store.message()).toEqual({ key: 'assign.assigned', params: { name: 'Netzwerk B', number: '2', from: '' } });
  });

  it('moves a placed project to a free stand, saying where it came from', async () => {
    await loaded(view([{ standId: 's1', applicationId: 'a' }]));
    const done = store.place('s3', 'a');
    http.expectOne(`${base}/assignments/s3`).flush(view([{ standId: 's3', applicationId: 'a' }]));
    expect(await done).toBe(true);
    expect(store.message()?.key).toBe('assign.moved');
    expect(store.message()?.params).toMatchObject({ number: '3', from: '1' });
  });

  it('asks before exchanging with the occupant of a full stand, and swaps both after yes', async () => {
    await loaded(
      view([
        { standId: 's1', applicationId: 'a' },
        { standId: 's2', applicationId: 'b' },
      ]),
    );
    const done = store.place('s2', 'a');
    http.expectNone(`${base}/assignments/s2`);
    expect(store.pending()).toMatchObject({ applicationId: 'a', withApplicationId: 'b', from: 's1' });
    store.pending()?.answer(true);
    await Promise.resolve();
    const req = http.expectOne(`${base}/assignments/exchange`);
    expect(req.request.body).toEqual({ applicationId: 'a', withApplicationId: 'b' });
    req.flush(
      view([
        { standId: 's2', applicationId: 'a' },
        { standId: 's1', applicationId: 'b' },
      ]),
    );
    expect(await done).toBe(true);
    expect(store.pending()).toBeNull();
    expect(store.message()).toEqual({
      key: 'assign.exchanged',
      params: { name: 'Verein A', other: 'Netzwerk B', number: '2', from: '1' },
    });
  });

  it('changes nothing when the exchange is declined', async () => {
    await loaded(view([{ standId: 's2', applicationId: 'b' }]));
    const done = store.place('s2', 'c');
    store.pending()?.answer(false);
    expect(await done).toBe(false);
    expect(store.message()?.key).toBe('assign.exchangeCancelled');
    expect(store.view().assignments).toEqual([{ standId: 's2', applicationId: 'b' }]);
  });

  it('says so in words when the server refuses', async () => {
    await loaded(view([]));
    const done = store.place('s1', 'a');
    http
      .expectOne(`${base}/assignments/s1`)
      .flush({ code: 'stand_full', message: 'full' }, { status: 409, statusText: 'Conflict' });
    expect(await done).toBe(false);
    expect(store.busy()).toBe(false);
    expect(store.message()).toEqual({ key: 'assign.errors.stand_full', error: true });
  });
});
