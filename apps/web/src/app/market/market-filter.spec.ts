import { testExhibitor } from './market.testing';
import { filterExhibitors, normalise, sortExhibitors, topicsOf } from './market-filter';

const list = [
  testExhibitor({
    organisationName: 'Café Grenzenlos e. V.',
    projectTitle: 'Sprachcafé',
    shortText: 'Deutsch üben bei Kaffee',
    topics: ['Sprache', 'Begegnung'],
  }),
  testExhibitor({
    organisationName: 'Jugendforum Süd',
    projectTitle: 'Demokratie-Werkstatt',
    shortText: null,
    topics: ['Demokratie'],
  }),
  testExhibitor({
    organisationName: 'Straßenkunst gGmbH',
    projectTitle: 'Bühne frei',
    shortText: 'Theater für alle',
    topics: ['Kultur', 'Begegnung'],
  }),
];

describe('normalise', () => {
  it('ignores case, accents and ß', () => {
    expect(normalise('Café STRAßE Über')).toBe('cafe strasse uber');
  });
});

describe('filterExhibitors', () => {
  it('returns everyone without query and topic', () => {
    expect(filterExhibitors(list, { query: '  ', topic: '' })).toHaveLength(3);
  });

  it('finds by organisation, project or short text, ignoring case and accents', () => {
    expect(filterExhibitors(list, { query: 'cafe', topic: '' }).map((e) => e.projectTitle)).toEqual(['Sprachcafé']);
    expect(filterExhibitors(list, { query: 'werkstatt', topic: '' }).map((e) => e.organisationName)).toEqual([
      'Jugendforum Süd',
    ]);
    expect(filterExhibitors(list, { query: 'THEATER', topic: '' }).map((e) => e.organisationName)).toEqual([
      'Straßenkunst gGmbH',
    ]);
    expect(filterExhibitors(list, { query: 'strasse', topic: '' })).toHaveLength(1);
  });

  it('needs every word of the query to match somewhere', () => {
    expect(filterExhibitors(list, { query: 'kaffee grenzenlos', topic: '' })).toHaveLength(1);
    expect(filterExhibitors(list, { query: 'kaffee theater', topic: '' })).toHaveLength(0);
  });

  it('keeps only exhibitors of the chosen topic, combined with the query', () => {
    expect(filterExhibitors(list, { query: '', topic: 'Begegnung' })).toHaveLength(2);
    expect(filterExhibitors(list, { query: 'bühne', topic: 'Begegnung' })).toHaveLength(1);
    expect(filterExhibitors(list, { query: 'bühne', topic: 'Sprache' })).toHaveLength(0);
  });

  it('finds the exhibitors on a stand by its number, with or without "Stand" (not stands 120 or 2)', () => {
    const stands = [
      testExhibitor({ organisationName: 'Zwanzig', standId: 's20', standNumber: '20' }),
      testExhibitor({ organisationName: 'Hundertzwanzig', standId: 's120', standNumber: '120' }),
      testExhibitor({ organisationName: 'Zwei', projectTitle: 'Seit 2020', standId: 's2', standNumber: '2' }),
      testExhibitor({ organisationName: 'Auch Zwanzig', standId: 's20', standNumber: '20', topics: ['Sprache'] }),
      testExhibitor({ organisationName: 'Halle A', standId: 'a3', standNumber: 'A3' }),
    ];
    for (const query of ['20', 'Stand 20', ' stand20 ', 'Nr. 20'])
      expect(filterExhibitors(stands, { query, topic: '' }).map((e) => e.organisationName)).toEqual([
        'Zwanzig',
        'Auch Zwanzig',
      ]);
    expect(filterExhibitors(stands, { query: '20', topic: 'Sprache' })).toHaveLength(1);
    expect(filterExhibitors(stands, { query: 'a3', topic: '' }).map((e) => e.organisationName)).toEqual(['Halle A']);
    // No stand of that number: the words are searched as text.
    expect(filterExhibitors(stands, { query: '2020', topic: '' }).map((e) => e.organisationName)).toEqual(['Zwei']);
  });

  it('does not search the topics themselves', () => {
    expect(filterExhibitors(list, { query: 'Kultur', topic: '' })).toHaveLength(0);
  });
});

describe('topicsOf', () => {
  it('lists each topic once, alphabetically', () => {
    expect(topicsOf(list)).toEqual(['Begegnung', 'Demokratie', 'Kultur', 'Sprache']);
  });
});

describe('sortExhibitors', () => {
  it('sorts by organisation in German order without changing the input', () => {
    const sorted = sortExhibitors([list[2], list[1], list[0]]);
    expect(sorted.map((e) => e.organisationName)).toEqual([
      'Café Grenzenlos e. V.',
      'Jugendforum Süd',
      'Straßenkunst gGmbH',
    ]);
    expect(list[0].organisationName).toBe('Café Grenzenlos e. V.');
  });
});
