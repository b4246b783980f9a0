import { ApiProperty } from '@nestjs/swagger';
import { IsYearMonth } from '../../../../platform/http/validators';

export class MonthParams {
  @ApiProperty({ example: '2026-06' }) @IsYearMonth() month: string;
}
