import { ApplicantStandDto, HOLDS_PLACE } from '@markt/shared';
import { EntityManager } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity';
import { Event } from '../events/event.entity';
import { StandEntity } from '../floor-plan/stand.entity';
import type { Application } from './application.entity';

/**
 * The stand an application holds, as its applicant may see it: only once the market is published
 * (the moment assignments are released to the public and to exhibitors alike) and only while the
 * application holds a place. Before that, null, even if staff have already placed it.
 */
export async function visibleStand(
  manager: EntityManager,
  application: Pick<Application, 'id' | 'eventId' | 'status'>,
  event?: Pick<Event, 'marketPublished'>,
): Promise<ApplicantStandDto | null> {
  if (!HOLDS_PLACE.includes(application.status)) return null;
  const published = event ?? (await manager.getRepository(Event).findOneBy({ id: application.eventId }));
  if (!published?.marketPublished) return null;
  const assignment = await manager.getRepository(Assignment).findOneBy({ applicationId: application.id });
  if (!assignment) return null;
  const stand = await manager.getRepository(StandEntity).findOneBy({ id: assignment.standId });
  if (!stand) return null;
  const { number, x, y, width, depth, rotation } = stand;
  return { number, x, y, width, depth, rotation };
}
