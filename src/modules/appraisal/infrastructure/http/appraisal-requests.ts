import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { BERAKHLAK_VALUES } from '../../domain/berakhlak';
import { ORGANISATIONAL_RATING_LEVELS } from '../../domain/organisational-rating';
import { RATINGS } from '../../domain/rating';
import { IsNotBlank } from '../../../../platform/http/validators';

export const PERIOD_PATTERN = /^\d{4}(-\d{2})?$/;

export class BehaviourRequest {
  @ApiProperty({ enum: BERAKHLAK_VALUES }) @IsIn(BERAKHLAK_VALUES) value: string;
  @ApiProperty({ enum: RATINGS }) @IsIn(RATINGS) rating: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class RatingsRequest {
  @ApiProperty({ enum: RATINGS }) @IsIn(RATINGS) resultRating: (typeof RATINGS)[number];
  @ApiProperty({ enum: RATINGS }) @IsIn(RATINGS) behaviourRating: (typeof RATINGS)[number];
  @ApiPropertyOptional({ type: [BehaviourRequest], description: 'per BerAKHLAK value, each at most once' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(BERAKHLAK_VALUES.length)
  @ValidateNested({ each: true })
  @Type(() => BehaviourRequest)
  behaviours?: BehaviourRequest[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) feedback?: string | null;
}

export class RateRequest extends RatingsRequest {
  @ApiProperty() @IsUUID() employeeId: string;
  @ApiProperty({ example: '2026-06', description: 'YYYY-MM (periodic, the last month of the period) or YYYY (annual)' })
  @IsString()
  @Matches(PERIOD_PATTERN, { message: 'period must be YYYY-MM (periodic) or YYYY (annual)' })
  period: string;
}

export class ReviseRequest extends RatingsRequest {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(2000) reason: string;
}

export class TextRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(8000) text: string;
}

export class ReasonRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(4000) reason: string;
}

/** CHANGE carries the new ratings; UPHOLD keeps the contested version and needs only the reason. */
export class ObjectionDecisionRequest {
  @ApiProperty({ enum: ['UPHOLD', 'CHANGE'] }) @IsIn(['UPHOLD', 'CHANGE']) outcome: 'UPHOLD' | 'CHANGE';
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(4000) reason: string;
  @ApiPropertyOptional({ enum: RATINGS, description: 'required for CHANGE' })
  @ValidateIf((o: ObjectionDecisionRequest) => o.outcome === 'CHANGE')
  @IsIn(RATINGS)
  resultRating?: (typeof RATINGS)[number];
  @ApiPropertyOptional({ enum: RATINGS, description: 'required for CHANGE' })
  @ValidateIf((o: ObjectionDecisionRequest) => o.outcome === 'CHANGE')
  @IsIn(RATINGS)
  behaviourRating?: (typeof RATINGS)[number];
  @ApiPropertyOptional({ type: [BehaviourRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(BERAKHLAK_VALUES.length)
  @ValidateNested({ each: true })
  @Type(() => BehaviourRequest)
  behaviours?: BehaviourRequest[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) feedback?: string | null;
}

export class FeedbackRequest {
  @ApiProperty({ enum: ['RHK', 'ACTIVITY'] }) @IsIn(['RHK', 'ACTIVITY']) subjectKind: 'RHK' | 'ACTIVITY';
  @ApiProperty({ description: 'the RHK id or the activity id' }) @IsUUID() subjectId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(4000) note: string;
}

export class OrganisationalRatingRequest {
  @ApiProperty({ enum: ORGANISATIONAL_RATING_LEVELS }) @IsIn(ORGANISATIONAL_RATING_LEVELS) rating: string;
}

export class AppraisalListQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ example: '2026-06' })
  @IsOptional()
  @IsString()
  @Matches(PERIOD_PATTERN, { message: 'period must be YYYY-MM (periodic) or YYYY (annual)' })
  period?: string;
  @ApiPropertyOptional({ description: "only the appraisals whose open objection the caller decides, as the appraiser's superior; each item adds employee {id, nip, name}" })
  @IsOptional()
  // Only the words true and false: anything else stays as sent and fails the boolean check, naming the field.
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  awaitingMyDecision?: boolean;
}
