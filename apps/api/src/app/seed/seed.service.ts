import { Injectable, Logger } from '@nestjs/common';
import { EventsService } from '../events/events.service';
import { UsersService } from '../users/users.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, EVENT_2025, EVENT_2027 } from './demo-data';

export interface SeededAccount {
  email: string;
  role: string;
  password: string;
}

/** Fills an empty database with the demo events and one account per role. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly users: UsersService,
    private readonly events: EventsService,
  ) {}

  /** Returns the accounts it created, or an empty list when the database already had users. */
  async seedIfEmpty(): Promise<SeededAccount[]> {
    if ((await this.users.count()) > 0) return [];
    for (const account of DEMO_ACCOUNTS) {
      await this.users.create({ ...account, password: DEMO_PASSWORD });
    }
    await this.events.create(EVENT_2025);
    await this.events.create(EVENT_2027);
    this.logger.log({ msg: 'demo data seeded', accounts: DEMO_ACCOUNTS.length, events: 2 });
    return DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role, password: DEMO_PASSWORD }));
  }
}
