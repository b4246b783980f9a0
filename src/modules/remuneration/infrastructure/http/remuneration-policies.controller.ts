import { applyDecorators, Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Roles } from '../../../../platform/auth/decorators';
import { IsLocalDate, IsTimeOfDay, IsTimeZone } from '../../../../platform/http/validators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { EnactRemunerationPolicy } from '../../application/commands/policies/enact-remuneration-policy';
import { RemunerationPolicyQueries } from '../../application/queries/remuneration-policy-queries';
import { RemunerationPolicyView } from '../../domain/enacted-remuneration-policy';
import { REMUNERATION_POLICY, page } from './remuneration-responses';

/** Exact decimals travel as strings: a JSON number such as 0.1 is already a float by the time it is parsed. */
const DECIMAL = /^\d{1,3}(\.\d{1,6})?$/;
const DECIMAL_MESSAGE = (field: string, example: string) => `${field} must be a decimal string such as "${example}" (a JSON string, at most 6 decimals)`;
const Decimal = (example: string) => applyDecorators(ApiProperty({ example, type: String }), Matches(DECIMAL, { message: ({ property }) => DECIMAL_MESSAGE(property, example) }));

class StatusFactorsRequest {
  @Decimal('1') PNS: string;
  @Decimal('1') PPPK: string;
  @Decimal('0.8') CPNS: string;
  @Decimal('0.5') STUDY_ASSIGNMENT: string;
  @Decimal('0') UNPAID_LEAVE: string;
  @Decimal('0') SUSPENDED: string;
  @Decimal('0') RETIRED: string;
}

class RatingMultipliersRequest {
  @Decimal('1') SANGAT_BAIK: string;
  @Decimal('1') BAIK: string;
  @Decimal('0.9') BUTUH_PERBAIKAN: string;
  @Decimal('0.8') KURANG: string;
  @Decimal('0.7') SANGAT_KURANG: string;
}

class CloseScheduleRequest {
  @ApiProperty({ example: 5, minimum: 1, maximum: 28 }) @IsInt() @Min(1) @Max(28) dayOfNextMonth: number;
  @ApiProperty({ example: '02:00' }) @IsTimeOfDay() time: string;
  @ApiProperty({ example: 'Asia/Jakarta' }) @IsTimeZone() timeZone: string;
}

class RemunerationPolicyRequest {
  @ApiProperty({ example: '2027-01-01' }) @IsLocalDate() effectiveFrom: string;
  @ApiProperty({ type: StatusFactorsRequest, description: 'share of the base paid per day in each status, 0–1' })
  @IsDefined()
  @ValidateNested()
  @Type(() => StatusFactorsRequest)
  statusFactors: StatusFactorsRequest;
  @Decimal('0.2') pltShare: string;
  @Decimal('70') performanceSharePercent: string;
  @Decimal('100') deductionCapPercent: string;
  @ApiProperty({ example: 300 }) @IsInt() @Min(1) @Max(1440) dailyTargetMinutes: number;
  @ApiProperty({ example: 450 }) @IsInt() @Min(1) @Max(1440) dailyCapMinutes: number;
  @ApiProperty({ type: RatingMultipliersRequest, description: 'multiplier of the performance factor per predikat, 0–1' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingMultipliersRequest)
  ratingMultipliers: RatingMultipliersRequest;
  @Decimal('1') unratedMultiplier: string;
  @ApiProperty({ type: CloseScheduleRequest }) @IsDefined() @ValidateNested() @Type(() => CloseScheduleRequest) closeSchedule: CloseScheduleRequest;
}

class InForceQuery {
  @ApiProperty({ example: '2026-06-30' }) @IsLocalDate() date: string;
}

@ApiTags('Remuneration')
@ApiBearerAuth()
@Controller('remuneration-policies')
export class RemunerationPoliciesController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly policies: RemunerationPolicyQueries,
  ) {}

  @Post()
  @Roles('HR_ADMIN')
  @ApiCreatedResponse({ description: 'The version entered', schema: REMUNERATION_POLICY })
  @ApiOperation({
    summary:
      'A new version of every remuneration parameter (status factors, Plt share, performance share, cap, daily target and cap, rating multipliers, close schedule) from a date, not reaching into a closed month',
  })
  enact(@Body() body: RemunerationPolicyRequest): Promise<RemunerationPolicyView> {
    return this.commands.execute(
      new EnactRemunerationPolicy({
        ...body,
        statusFactors: { ...body.statusFactors },
        ratingMultipliers: { ...body.ratingMultipliers },
        closeSchedule: { ...body.closeSchedule },
      }),
    );
  }

  @Get()
  @Roles('HR_ADMIN', 'PAYROLL', 'AUDITOR')
  @ApiOkResponse({ schema: page(REMUNERATION_POLICY) })
  @ApiOperation({ summary: 'Every remuneration policy version, in the order they take effect' })
  list() {
    return this.policies.list();
  }

  @Get('in-force')
  @Roles('HR_ADMIN', 'PAYROLL', 'AUDITOR')
  @ApiOkResponse({ schema: REMUNERATION_POLICY })
  @ApiOperation({ summary: 'The version in force on a date' })
  inForce(@Query() { date }: InForceQuery): Promise<RemunerationPolicyView> {
    return this.policies.inForce(date);
  }
}
