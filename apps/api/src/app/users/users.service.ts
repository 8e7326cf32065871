import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ERROR_CODES, Role } from '@markt/shared';
import { Repository } from 'typeorm';
import { hashPassword } from '../auth/password';
import { Session } from '../auth/session.entity';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
  ) {}

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  list(): Promise<User[]> {
    return this.users.find({ order: { role: 'ASC', name: 'ASC' } });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  /**
   * Staff accounts and accounts made on the command line are vouched for by whoever made them; an
   * applicant who registers proves the address with a one-time link first (`verified: false`). An
   * admin's new staff account has a password the admin knows (`provisional`), to be replaced at first login.
   */
  async create(
    input: CreateUserDto,
    { verified = true, provisional = false }: { verified?: boolean; provisional?: boolean } = {},
  ): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await this.findByEmail(email)) {
      throw new ConflictException({
        code: ERROR_CODES.emailTaken,
        message: 'An account with this email exists',
        errors: [
          {
            field: 'email',
            code: 'taken',
            message: 'An account with this email exists',
          },
        ],
      });
    }
    return this.users.save(
      this.users.create({
        email,
        name: input.name.trim(),
        role: input.role,
        language: input.language ?? 'de',
        passwordHash: await hashPassword(input.password),
        active: true,
        emailVerifiedAt: verified ? new Date() : null,
        mustChangePassword: provisional,
      }),
    );
  }

  /** Changes role, name or activity; an admin cannot lock themself out by demoting or deactivating their own account. */
  async update(id: string, input: UpdateUserDto, actor: User): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user)
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'User not found',
      });
    const selfLockout = (input.role !== undefined && input.role !== Role.Admin) || input.active === false;
    if (user.id === actor.id && selfLockout) {
      throw new ConflictException({
        code: 'self_lockout',
        message: 'Admins cannot demote or deactivate themselves',
      });
    }
    Object.assign(user, {
      ...(input.role !== undefined && { role: input.role }),
      ...(input.active !== undefined && { active: input.active }),
      ...(input.name !== undefined && { name: input.name.trim() }),
    });
    const saved = await this.users.save(user);
    // A deactivated account is logged out everywhere at once.
    if (!saved.active) await this.sessions.delete({ userId: saved.id });
    return saved;
  }

  /** Used by the command line: creates the admin, or promotes and reactivates an existing account. */
  async upsertAdmin(email: string, password: string, name: string): Promise<{ user: User; created: boolean }> {
    const existing = await this.findByEmail(email);
    if (existing) {
      Object.assign(existing, {
        role: Role.Admin,
        active: true,
        passwordHash: await hashPassword(password),
        mustChangePassword: false,
      });
      return { user: await this.users.save(existing), created: false };
    }
    const user = await this.create({ email, password, name, role: Role.Admin });
    return { user, created: true };
  }
}
