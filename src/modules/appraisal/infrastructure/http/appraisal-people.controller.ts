import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../../../../platform/auth/actor';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { SubmitSelfAssessment } from '../../application/commands/employee-steps';
import { GiveFeedback } from '../../application/commands/give-feedback';
import { SetOrganisationalRating } from '../../application/commands/set-organisational-rating';
import { AppraisalQueries } from '../../application/queries/appraisal-queries';
import { FeedbackRequest, OrganisationalRatingRequest, TextRequest } from './appraisal-requests';
import { APPRAISAL_FORM, DEVELOPMENT_AREAS, DEVELOPMENT_GRID, FEEDBACK, FEEDBACK_LIST, ORGANISATIONAL_RATING_SET, SELF_ASSESSED, UNIT_SHEET } from './appraisal-responses';

@ApiTags('Appraisal')
@ApiBearerAuth()
@Controller('employees/:employeeId')
export class EmployeeAppraisalController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: AppraisalQueries,
  ) {}

  @Get('appraisal-form/:period')
  @ApiOkResponse({ schema: APPRAISAL_FORM })
  @ApiOperation({ summary: 'The rating form: appraiser, achievement facts, self-assessment, feedback of the period, the rating so far' })
  form(@CurrentActor() actor: Actor, @Param('employeeId', ParseUUIDPipe) employeeId: string, @Param('period') period: string) {
    return this.queries.form(actor, employeeId, period);
  }

  @Put('self-assessments/:period')
  @ApiOkResponse({ schema: SELF_ASSESSED })
  @ApiOperation({ summary: 'The employee writes their self-assessment for a period, before being rated' })
  selfAssess(@CurrentActor() actor: Actor, @Param('employeeId', ParseUUIDPipe) employeeId: string, @Param('period') period: string, @Body() body: TextRequest) {
    return this.commands.execute(new SubmitSelfAssessment(actor, employeeId, period, body.text));
  }

  @Post('feedback')
  @ApiCreatedResponse({ description: 'The feedback given', schema: FEEDBACK })
  @ApiOperation({ summary: "The supervisor's note on one RHK or one activity of the employee" })
  giveFeedback(@CurrentActor() actor: Actor, @Param('employeeId', ParseUUIDPipe) employeeId: string, @Body() body: FeedbackRequest) {
    const subject = body.subjectKind === 'RHK' ? { kind: 'RHK' as const, rhkId: body.subjectId } : { kind: 'ACTIVITY' as const, activityId: body.subjectId };
    return this.commands.execute(new GiveFeedback(actor, employeeId, subject, body.note));
  }

  @Get('feedback')
  @ApiOkResponse({ schema: FEEDBACK_LIST })
  @ApiOperation({ summary: 'Continuous feedback given to the employee, oldest first' })
  feedback(@CurrentActor() actor: Actor, @Param('employeeId', ParseUUIDPipe) employeeId: string) {
    return this.queries.feedback(actor, employeeId);
  }

  @Get('development-areas/:period')
  @ApiOkResponse({ schema: DEVELOPMENT_AREAS })
  @ApiOperation({ summary: 'BerAKHLAK values rated below expectation in the rating that counts, for the training plan' })
  developmentAreas(@CurrentActor() actor: Actor, @Param('employeeId', ParseUUIDPipe) employeeId: string, @Param('period') period: string) {
    return this.queries.developmentAreas(actor, employeeId, period);
  }
}

@ApiTags('Appraisal')
@ApiBearerAuth()
@Controller('units/:unitId')
export class UnitAppraisalController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: AppraisalQueries,
  ) {}

  @Put('organisational-ratings/:year')
  @Roles('HR_ADMIN')
  @ApiOkResponse({ schema: ORGANISATIONAL_RATING_SET })
  @ApiOperation({ summary: "Set the unit's organisational rating for a year" })
  setOrganisationalRating(
    @CurrentActor() actor: Actor,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: OrganisationalRatingRequest,
  ) {
    return this.commands.execute(new SetOrganisationalRating(actor, unitId, year, body.rating));
  }

  @Get('appraisals/:period')
  @ApiOkResponse({ schema: UNIT_SHEET })
  @ApiOperation({ summary: "The unit's rating sheet: everyone in its subtree, predikat counts and the distribution warnings" })
  sheet(@CurrentActor() actor: Actor, @Param('unitId', ParseUUIDPipe) unitId: string, @Param('period') period: string) {
    return this.queries.unitSheet(actor, unitId, period);
  }

  @Get('development-grid/:period')
  @ApiOkResponse({ schema: DEVELOPMENT_GRID })
  @ApiOperation({ summary: 'The 3×3 development grid (work results × behaviour) of the unit for a period' })
  grid(@CurrentActor() actor: Actor, @Param('unitId', ParseUUIDPipe) unitId: string, @Param('period') period: string) {
    return this.queries.developmentGrid(actor, unitId, period);
  }
}
