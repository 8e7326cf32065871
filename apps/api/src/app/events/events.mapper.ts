import { EventDto } from '@markt/shared';
import { Event } from './event.entity';

export function toEventDto(event: Event): EventDto {
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    date: event.date,
    startTime: event.startTime,
    endTime: event.endTime,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    applicationOpensAt: event.applicationOpensAt.toISOString(),
    applicationClosesAt: event.applicationClosesAt.toISOString(),
    standsPlanned: event.standsPlanned,
    minReviews: event.minReviews,
    marketPublished: event.marketPublished,
    status: event.status,
    topics: event.topics,
    reviewCriteria: event.reviewCriteria,
    standDetailsDeadline: event.standDetailsDeadline?.toISOString() ?? null,
    createdAt: event.createdAt.toISOString(),
    updatedAt: event.updatedAt.toISOString(),
  };
}
