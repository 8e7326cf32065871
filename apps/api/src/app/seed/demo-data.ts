import { EventInput, EventStatus, Role } from '@markt/shared';

/** All demo accounts share one password; printed at start so a newcomer can log in. */
export const DEMO_PASSWORD = 'Demo-Passwort-2025';

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  {
    email: 'admin@example.org',
    name: 'Alex Organisation (Demo)',
    role: Role.Admin,
  },
  {
    email: 'pruefung@example.org',
    name: 'Robin Prüfung (Demo)',
    role: Role.Reviewer,
  },
  {
    email: 'projekt@example.org',
    name: 'Kim Projekt (Demo)',
    role: Role.Applicant,
  },
];

export const DEMO_TOPICS = [
  'Extremismusprävention',
  'Antirassismus',
  'Antisemitismus',
  'Antimuslimischer Rassismus',
  'Antiziganismus',
  'Queerfeindlichkeit',
  'Demokratiebildung',
  'Empowerment',
  'Beratung für Betroffene',
];

export const DEMO_CRITERIA = [
  {
    label: 'Bezug zu Extremismusprävention / Diskriminierungskritik',
    min: 1,
    max: 5,
  },
  { label: 'Qualität und Umsetzbarkeit', min: 1, max: 5 },
  { label: 'Interaktives Angebot am Stand', min: 1, max: 5 },
];

const DESCRIPTION_2025 = [
  'Das Kommunale Integrationszentrum und das Amt für Gleichstellung und Antidiskriminierung laden zur städtischen ' +
    'Integrationskonferenz „Demokratie in Bedrängnis – was wir tun können“ ein.',
  'Ziel der Veranstaltung ist es, demokratiefeindlichen Entwicklungen wie rassistischer Gewalt, rechtsextremer ' +
    'Mobilisierung und struktureller Ausgrenzung entgegenzutreten. Im Mittelpunkt steht die Frage, wie eine ' +
    'diskriminierungskritische Haltung gestärkt und als notwendiger Bestandteil des gesellschaftlichen Zusammenhalts ' +
    'sowie als Maßnahme der Extremismusprävention verankert werden kann.',
  'Geplant sind ein Vortrag durch Prof. Dr. Andreas Zick, eine moderierte Diskussion mit Expert*innen unter ' +
    'Beteiligung des Publikums, ein „Markt der Möglichkeiten“ mit Projekten, die sich gezielt der ' +
    'Extremismusprävention und Diskriminierungskritik widmen, eine Ausstellung (angefragt) und die Vorstellung von ' +
    'vertiefenden Online-Workshops, die in der Folgewoche stattfinden.',
].join('\n\n');

/** The 2025 conference exactly as the city's Informationsvorlage describes it; already past. */
export const EVENT_2025: EventInput = {
  title: 'Integrationskonferenz 2025 „Demokratie in Bedrängnis – was wir tun können“',
  description: DESCRIPTION_2025,
  date: '2025-11-13',
  startTime: '15:00',
  endTime: '19:15',
  venueName: 'Plenarsaal',
  venueAddress: 'Marktplatz 2, 40213 Düsseldorf',
  applicationOpensAt: '2025-06-30T22:00:00.000Z',
  applicationClosesAt: '2025-09-15T21:59:59.000Z',
  standsPlanned: 24,
  status: EventStatus.Closed,
  marketPublished: true,
  topics: DEMO_TOPICS,
  reviewCriteria: DEMO_CRITERIA,
};

/**
 * The next conference (held every two years), open for applications. The seed makes it as a copy of 2025
 * (floor plan and templates included) with these title, dates, description and status.
 */
export const EVENT_2027: EventInput = {
  ...EVENT_2025,
  title: 'Integrationskonferenz 2027',
  description:
    'Die nächste städtische Integrationskonferenz des Kommunalen Integrationszentrums und des Amtes für ' +
    'Gleichstellung und Antidiskriminierung. Projekte der Extremismusprävention und Diskriminierungskritik können ' +
    'sich jetzt für einen Stand auf dem „Markt der Möglichkeiten“ bewerben.',
  date: '2027-11-11',
  applicationOpensAt: '2026-09-30T22:00:00.000Z',
  applicationClosesAt: '2027-09-15T21:59:59.000Z',
  status: EventStatus.Open,
  marketPublished: false,
};
