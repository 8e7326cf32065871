import { IsUUID } from 'class-validator';
import { Optional } from '../../common/validators';

export class ListApplicationsQuery {
  @Optional()
  @IsUUID()
  eventId?: string;
}
