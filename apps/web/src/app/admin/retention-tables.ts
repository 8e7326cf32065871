import { RetentionPreviewDto } from '@markt/shared';

/** A row of a retention table: who or what, a date, when its data goes (and whether that is due), some counts. */
export interface RetentionRow {
  key: string;
  name: string;
  date: string;
  dueAt: string;
  due: boolean;
  counts: number[];
}

/** One of the preview's tables, under its own heading (`<id>-heading`). */
export interface RetentionTable {
  id: string;
  heading: string;
  /** Shown between heading and table, with the retention period as `months`. */
  intro: string | null;
  columns: string[];
  emptyKey: string;
  rows: RetentionRow[];
}

/** The preview as its two tables: events whose personal data goes, and accounts without applications. */
export function retentionTables(preview: RetentionPreviewDto): RetentionTable[] {
  return [
    {
      id: 'retention-events',
      heading: 'retention.eventsHeading',
      intro: null,
      columns: [
        'retention.event',
        'retention.eventDate',
        'retention.dueAt',
        'retention.applications',
        'retention.logos',
      ],
      emptyKey: 'retention.noEvents',
      rows: preview.events.map((e) => ({
        key: e.eventId,
        name: e.title,
        date: e.date,
        dueAt: e.dueAt,
        due: e.due,
        counts: [e.applications, e.logos],
      })),
    },
    {
      id: 'retention-accounts',
      heading: 'retention.accountsHeading',
      intro: 'retention.accountsIntro',
      columns: ['retention.email', 'retention.lastSeen', 'retention.dueAt'],
      emptyKey: 'retention.noAccounts',
      rows: preview.accounts.map((a) => ({
        key: a.userId,
        name: a.email,
        date: a.lastSeenAt,
        dueAt: a.dueAt,
        due: a.due,
        counts: [],
      })),
    },
  ];
}
