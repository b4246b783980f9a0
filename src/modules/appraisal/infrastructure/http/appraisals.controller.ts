import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../../../../platform/auth/actor';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { CurrentActor, Roles } from '../../../../platform/auth/decorators';
import { ApiFileResponse } from '../../../../platform/http/openapi';
import { DecideObjection } from '../../application/commands/decide-objection';
import { AcknowledgeRating, FileObjection } from '../../application/commands/employee-steps';
import { CorrectRating, RateEmployee, ReviseRating } from '../../application/commands/rate-employee';
import { AppraisalDocument } from '../../application/queries/appraisal-document';
import { AppraisalQueries } from '../../application/queries/appraisal-queries';
import { AppraisalListQuery, ObjectionDecisionRequest, RateRequest, ReasonRequest, ReviseRequest } from './appraisal-requests';
import { ACKNOWLEDGED, APPRAISAL_DETAIL, APPRAISAL_LIST, OBJECTION_DECIDED, OBJECTION_FILED, RATED, REVISED } from './appraisal-responses';

@ApiTags('Appraisal')
@ApiBearerAuth()
@Controller('appraisals')
export class AppraisalsController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly queries: AppraisalQueries,
    private readonly document: AppraisalDocument,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'The appraisal and its predikat', schema: RATED })
  @ApiOperation({ summary: "Rate an employee for a period (only their supervisor on the period's last day, Plt/Plh included)" })
  rate(@CurrentActor() actor: Actor, @Body() body: RateRequest): Promise<{ id: string; predikat: string }> {
    return this.commands.execute(new RateEmployee(actor, body));
  }

  @Get()
  @ApiOkResponse({ schema: APPRAISAL_LIST })
  @ApiOperation({ summary: 'Appraisals of an employee and/or period that the caller may see' })
  list(@CurrentActor() actor: Actor, @Query() q: AppraisalListQuery) {
    return this.queries.list(actor, q);
  }

  @Get(':id')
  @ApiOkResponse({ schema: APPRAISAL_DETAIL })
  @ApiOperation({ summary: 'One appraisal with its versions, objections, development areas and the achievement facts' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.get(actor, id);
  }

  @Get(':id/document.pdf')
  @ApiFileResponse('The evaluation document', 'application/pdf')
  @ApiOperation({ summary: 'The evaluation document (SKP) as PDF, in the layout of PermenPANRB 6/2022' })
  async pdf(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply) {
    const pdf = await this.document.render(actor, id);
    await reply.type('application/pdf').header('content-disposition', `inline; filename="skp-${id}.pdf"`).send(pdf);
  }

  @Post(':id/revisions')
  @ApiCreatedResponse({ description: 'The new version', schema: REVISED })
  @ApiOperation({ summary: 'The appraiser changes their rating, with a reason; the earlier version is kept' })
  revise(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReviseRequest) {
    return this.commands.execute(new ReviseRating(actor, id, body));
  }

  @Post(':id/corrections')
  @Roles('HR_ADMIN')
  @ApiCreatedResponse({ description: 'The new version', schema: REVISED })
  @ApiOperation({
    summary:
      'HR corrects the rating afterwards, with a reason — also of a closed month, whose statements go stale; under an open objection it applies the decision the superior took after the close',
  })
  correct(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReviseRequest) {
    return this.commands.execute(new CorrectRating(actor, id, body));
  }

  @Post(':id/acknowledgement')
  @HttpCode(200)
  @ApiOkResponse({ schema: ACKNOWLEDGED })
  @ApiOperation({ summary: 'The employee acknowledges the current rating (it does not waive the right to object)' })
  acknowledge(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.commands.execute(new AcknowledgeRating(actor, id));
  }

  @Post(':id/objections')
  @ApiCreatedResponse({ description: 'The objection filed', schema: OBJECTION_FILED })
  @ApiOperation({ summary: 'The employee objects to the current rating within the objection window' })
  object(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonRequest) {
    return this.commands.execute(new FileObjection(actor, id, body.reason));
  }

  @Post(':id/objection-decision')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The decided objection and the predikat that now counts', schema: OBJECTION_DECIDED })
  @ApiOperation({ summary: "The appraiser's superior upholds or changes the contested rating, with a reason" })
  decide(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ObjectionDecisionRequest) {
    const input =
      body.outcome === 'CHANGE'
        ? {
            outcome: 'CHANGE' as const,
            reason: body.reason,
            resultRating: body.resultRating!,
            behaviourRating: body.behaviourRating!,
            behaviours: body.behaviours,
            feedback: body.feedback,
          }
        : { outcome: 'UPHOLD' as const, reason: body.reason };
    return this.commands.execute(new DecideObjection(actor, id, input));
  }
}
