import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQuery } from '../../../../platform/http/pagination';
import { IsYearMonth } from '../../../../platform/http/validators';

export class MonthParams {
  @ApiProperty({ example: '2026-06' }) @IsYearMonth() month: string;
}

export class EmployeeMonthParams extends MonthParams {
  @ApiProperty() @IsUUID() id: string;
}

export class IdParams {
  @ApiProperty() @IsUUID() id: string;
}

export class MonthStatementsQuery extends PageQuery {
  @ApiPropertyOptional({ description: "only statements of this unit's subtree" }) @IsOptional() @IsUUID() unitId?: string;
}

export class RegisterQuery {
  @ApiPropertyOptional({ description: "only statements of this unit's subtree (unit admins: one they administer)" }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'only this satker (a unit marked isSatker); omitted: the whole ministry, a section per satker' }) @IsOptional() @IsUUID() satkerId?: string;
}

export class SanctionRequest {
  @ApiProperty() @IsUUID() employeeId: string;
  @ApiProperty({ example: '25', description: 'percent of the allowance deducted in every month covered, above 0 and at most 100' })
  @IsString()
  @Matches(/^\d{1,3}(\.\d{1,2})?$/, { message: 'percent must be a decimal string such as "25" or "12.5" (at most two decimals)' })
  percent: string;
  @ApiProperty({ example: '2026-07' }) @IsYearMonth() startMonth: string;
  @ApiProperty({ example: 6, minimum: 1, maximum: 120 }) @Type(() => Number) @IsInt() @Min(1) @Max(120) months: number;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(2000) reason: string;
  @ApiProperty({ example: '800/123/KEP/2026' }) @IsString() @MinLength(1) @MaxLength(200) decreeNumber: string;
}

export class SanctionListQuery {
  @ApiProperty() @IsUUID() employeeId: string;
}
