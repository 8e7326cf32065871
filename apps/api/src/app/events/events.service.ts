import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ERROR_CODES, EventInput, EventStatus, FieldError, isStaff, Role } from '@markt/shared';
import { EntityManager, Not, Repository } from 'typeorm';
import { validationFailed } from '../common/validation';
import { Event } from './event.entity';
import { toEventDto } from './events.mapper';

/** Rules across fields, which one field's decorators cannot see. */
function crossFieldErrors(input: EventInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.endTime <= input.startTime) {
    errors.push({
      field: 'endTime',
      code: 'endBeforeStart',
      message: 'The end must be after the start',
    });
  }
  if (new Date(input.applicationClosesAt) <= new Date(input.applicationOpensAt)) {
    errors.push({
      field: 'applicationClosesAt',
      code: 'closesBeforeOpens',
      message: 'Applications must close after they open',
    });
  }
  input.reviewCriteria.forEach((criterion, i) => {
    if (criterion.max <= criterion.min) {
      errors.push({
        field: `reviewCriteria.${i}.max`,
        code: 'maxNotAboveMin',
        message: 'The maximum must be above the minimum',
      });
    }
  });
  return errors;
}

@Injectable()
export class EventsService {
  constructor(@InjectRepository(Event) private readonly events: Repository<Event>) {}

  /** Staff see drafts too; everyone else only published events. Newest first. */
  list(viewerRole: Role | undefined): Promise<Event[]> {
    return this.events.find({
      where: isStaff(viewerRole) ? {} : { status: Not(EventStatus.Draft) },
      order: { date: 'DESC' },
    });
  }

  async get(id: string, viewerRole: Role | undefined): Promise<Event> {
    const event = await this.events.findOneBy({ id });
    // A draft is reported as missing to non-staff, so its existence leaks nothing.
    if (!event || (event.status === EventStatus.Draft && !isStaff(viewerRole))) {
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'Event not found',
      });
    }
    return event;
  }

  /** Pass a transaction's manager to create the event together with what belongs to it (see `EventCopyService`). */
  async create(input: EventInput, manager: EntityManager = this.events.manager): Promise<Event> {
    this.assertConsistent(input);
    const repo = manager.getRepository(Event);
    return repo.save(repo.create(this.toColumns(input)));
  }

  async update(id: string, changes: Partial<EventInput>): Promise<Event> {
    const event = await this.get(id, Role.Admin);
    const merged = { ...this.toInput(event), ...changes };
    this.assertConsistent(merged);
    return this.events.save(Object.assign(event, this.toColumns(merged)));
  }

  private assertConsistent(input: EventInput): void {
    const errors = crossFieldErrors(input);
    if (errors.length > 0) throw validationFailed(errors);
  }

  private toColumns(input: EventInput): Partial<Event> {
    return {
      ...input,
      title: input.title.trim(),
      applicationOpensAt: new Date(input.applicationOpensAt),
      applicationClosesAt: new Date(input.applicationClosesAt),
      standDetailsDeadline: input.standDetailsDeadline ? new Date(input.standDetailsDeadline) : null,
      topics: input.topics.map((topic) => topic.trim()),
      reviewCriteria: input.reviewCriteria.map(({ label, min, max }) => ({
        label: label.trim(),
        min,
        max,
      })),
    };
  }

  toInput(event: Event): EventInput {
    const { id, createdAt, updatedAt, ...input } = toEventDto(event);
    return input;
  }
}
