/**
 * Events take place in Germany: their days, deadlines and the times the app shows are Berlin wall-clock
 * times, whatever time zone the server or the visitor's browser runs in.
 */
export const EVENT_TIME_ZONE = 'Europe/Berlin';

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading (as if it were UTC) of `instant` in `timeZone`, in ms. */
function wallClock(instant: number, timeZone: string): number {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const seconds = Date.UTC(part['year'], part['month'] - 1, part['day'], part['hour'], part['minute'], part['second']);
  return seconds + (((instant % 1000) + 1000) % 1000);
}

/**
 * The instant a wall-clock time names in `timeZone`: `zonedToInstant('2026-06-30', '23:59')`.
 * A time the spring clock change skips counts as an hour later; of a time autumn repeats, the later one.
 */
export function zonedToInstant(date: string, time: string, timeZone: string = EVENT_TIME_ZONE): Date {
  const asUtc = Date.parse(`${date}T${time}Z`);
  if (Number.isNaN(asUtc)) return new Date(NaN);
  const offset = wallClock(asUtc, timeZone) - asUtc;
  let instant = asUtc - offset;
  // Near a clock change the offset at the result may differ from the one at the guess.
  const offsetThen = wallClock(instant, timeZone) - instant;
  if (offsetThen !== offset) instant = asUtc - offsetThen;
  return new Date(instant);
}

/** `YYYY-MM-DDTHH:MM` (the value of a datetime-local input) for an instant in `timeZone`; '' if not a date. */
export function instantToZonedInput(iso: string | Date, timeZone: string = EVENT_TIME_ZONE): string {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return '';
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 16);
}

/** A datetime-local input's value (`YYYY-MM-DDTHH:MM`), read in `timeZone`, as an ISO instant. */
export function zonedInputToIso(value: string, timeZone: string = EVENT_TIME_ZONE): string {
  const [date, time] = value.split('T');
  const instant = zonedToInstant(date, time ?? '', timeZone);
  return Number.isNaN(instant.getTime()) ? value : instant.toISOString();
}

/** The last moment of the event's day in its time zone (withdrawing or confirming is possible until then). */
export function endOfEventDay(event: { date: string }): Date {
  return zonedToInstant(event.date, '23:59:59.999');
}
