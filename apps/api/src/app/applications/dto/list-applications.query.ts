import { IsOptional, IsUUID } from 'class-validator';

export class ListApplicationsQuery {
  @IsOptional()
  @IsUUID()
  eventId?: string;
}
