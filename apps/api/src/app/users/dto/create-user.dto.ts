import { CreateUserInput, Role } from '@markt/shared';
import { IsEnum } from 'class-validator';
import { RegisterDto } from '../../auth/dto/register.dto';

export class CreateUserDto extends RegisterDto implements CreateUserInput {
  @IsEnum(Role)
  role!: Role;
}
