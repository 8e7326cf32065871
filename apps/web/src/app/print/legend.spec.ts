import { AssignmentsView } from '@markt/shared';
import { testCandidate, testStand } from '../floor-plan/plan-test-data';
import { buildLegend, compareStandNumbers } from './legend';

const candidate = (
  applicationId: string,
  organisationName: string | null,
  projectTitle: string | null,
  publicationConsent = true,
) => testCandidate({ applicationId, organisationName, projectTitle, publicationConsent });

const stand = (id: string, number: string) => ({ ...testStand({ number, capacity: 2 }), id });

describe('compareStandNumbers', () => {
  it('orders numbers naturally', () => {
    expect(['10', '2', '1', '3a', '3'].sort(compareStandNumbers)).toEqual(['1', '2', '3', '3a', '10']);
  });
});

describe('buildLegend', () => {
  const plan = { stands: [stand('s10', '10'), stand('s2', '2'), stand('s5', '5')] };
  const view: Pick<AssignmentsView, 'assignments' | 'candidates'> = {
    assignments: [
      { standId: 's10', applicationId: 'a1' },
      { standId: 's2', applicationId: 'a2' },
      { standId: 's2', applicationId: 'a3' },
      { standId: 'gone', applicationId: 'a4' },
    ],
    candidates: [
      candidate('a1', 'Zukunftswerk', 'Werkstatt'),
      candidate('a2', 'Nachbarschaft e. V.', 'Tauschbörse'),
      candidate('a3', 'Café Global', null),
    ],
  };

  it('lists every assignment by stand number, a shared stand once per exhibitor in alphabetical order', () => {
    expect(buildLegend(plan, view).map((e) => [e.standNumber, e.organisation, e.project])).toEqual([
      ['2', 'Café Global', null],
      ['2', 'Nachbarschaft e. V.', 'Tauschbörse'],
      ['10', 'Zukunftswerk', 'Werkstatt'],
    ]);
  });

  it('leaves out empty stands and assignments to stands no longer in the plan', () => {
    const numbers = buildLegend(plan, view).map((e) => e.standNumber);
    expect(numbers).not.toContain('5');
    expect(numbers).toHaveLength(3);
  });

  it('names nobody who did not consent to publication: their stand number stays', () => {
    const legend = buildLegend(plan, {
      assignments: [{ standId: 's5', applicationId: 'private' }],
      candidates: [candidate('private', 'Verein ohne Einwilligung', 'Geheimprojekt', false)],
    });
    expect(legend).toEqual([{ standId: 's5', standNumber: '5', organisation: null, project: null }]);
  });

  it('keeps an assignment whose application has no label yet', () => {
    expect(buildLegend(plan, { assignments: [{ standId: 's5', applicationId: 'unknown' }], candidates: [] })).toEqual([
      { standId: 's5', standNumber: '5', organisation: null, project: null },
    ]);
  });
});
