import { PublicExhibitor, PublicMarketDto } from '@markt/shared';

/** For specs: an exhibitor with what `fields` gives; no stand, logo, website or short text otherwise. */
export function testExhibitor(fields: Partial<PublicExhibitor>): PublicExhibitor {
  return {
    id: fields.organisationName ?? 'x',
    organisationName: 'Verein',
    projectTitle: 'Projekt',
    shortText: null,
    topics: [],
    website: null,
    standId: null,
    standNumber: null,
    logoUrl: null,
    ...fields,
  };
}

/** For specs: the published market of event e1 ("Integrationskonferenz 2025") with these exhibitors. */
export function testMarket(exhibitors: PublicExhibitor[], plan: PublicMarketDto['plan'] = null): PublicMarketDto {
  return {
    event: {
      id: 'e1',
      title: 'Integrationskonferenz 2025',
      date: '2025-11-13',
      startTime: '15:00',
      endTime: '19:15',
      venueName: 'Plenarsaal',
      venueAddress: 'Marktplatz 2',
    },
    exhibitors,
    plan,
  };
}
