import { ApplicationFields, ApplicationStatus, EventInput, Role } from '@markt/shared';
import { DataSource } from 'typeorm';
import { Application } from '../src/app/applications/application.entity';
import { EVENT_2027 } from '../src/app/seed/demo-data';
import { COMPLETE } from './fixtures';
import { TestApp, TestClient } from './test-app';

/** Creates an open event and submitted applications in it, for the review and decision specs. */
export async function eventWithSubmissions(
  t: TestApp,
  admin: TestClient,
  count: number,
  event: Partial<EventInput> = {},
) {
  const eventId: string = (
    await admin.post('/api/events', {
      ...EVENT_2027,
      title: `Konferenz ${Math.random()}`,
      ...event,
    })
  ).body.id;
  const applications: { id: string; client: TestClient; email: string }[] = [];
  for (let i = 0; i < count; i++) {
    const { client, user } = await t.as(Role.Applicant);
    const id: string = (await client.post(`/api/events/${eventId}/applications`)).body.id;
    const fields: ApplicationFields = {
      ...COMPLETE,
      organisationName: `Organisation ${String.fromCharCode(65 + i)} (fiktiv)`,
      contactEmail: user.email,
    };
    await client.patch(`/api/applications/${id}`, fields);
    const submitted = await client.post(`/api/applications/${id}/submit`);
    if (submitted.status !== 200) throw new Error(JSON.stringify(submitted.body));
    applications.push({ id, client, email: user.email });
  }
  return { eventId, applications };
}

export function review(client: TestClient, id: string, scores: number[], comment?: string) {
  return client.post(`/api/applications/${id}/reviews`, {
    scores,
    comment,
    conflictOfInterest: false,
  });
}

export function statusOf(t: TestApp, id: string): Promise<ApplicationStatus> {
  return t.app
    .get(DataSource)
    .getRepository(Application)
    .findOneByOrFail({ id })
    .then((a) => a.status);
}
