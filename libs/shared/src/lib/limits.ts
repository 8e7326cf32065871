/** Field limits shared by the API's DTOs and the web app's form validators. */
export const LIMITS = {
  email: 254,
  name: { min: 2, max: 120 },
  password: { min: 10, max: 128 },
  event: {
    title: 200,
    description: 5000,
    venueName: 200,
    venueAddress: 300,
    topic: 80,
    topics: 30,
    criterion: 200,
    criteria: 10,
    standsPlanned: { min: 0, max: 1000 },
  },
  feedback: { message: 4000, page: 300 },
  review: { comment: 4000, note: 4000, message: 4000 },
  changeRequest: { message: 2000 },
  template: { subject: 200, body: 10000 },
  staffList: { pageSize: { default: 20, max: 100 }, q: 100 },
  application: {
    shortText: 400,
    line: 200,
    phone: 40,
    url: 300,
    text: 4000,
    languages: 300,
    people: { min: 1, max: 20 },
    furniture: { min: 0, max: 10 },
    standWidth: { min: 1, max: 10 },
  },
} as const;

/** ISO calendar date, e.g. 2025-11-13. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** 24-hour clock time, e.g. 15:00. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
