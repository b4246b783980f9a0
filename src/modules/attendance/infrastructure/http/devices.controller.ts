import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Actor } from '../../../../platform/auth/actor';
import { CurrentActor, Public, Roles } from '../../../../platform/auth/decorators';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { PushDeviceEvents, RegisterDevice, RevokeDevice } from '../../application/commands/devices';
import { AttendanceRecords } from '../../application/queries/attendance-records';
import { DeviceList, DeviceResponse, IntakeReportResponse, RegisteredDeviceResponse } from './attendance-responses';

class DeviceRequest {
  @ApiProperty({ example: 'Mesin presensi lobi' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiPropertyOptional({ description: 'the unit the device stands in (required for a unit admin)' }) @IsOptional() @IsUUID() unitId?: string;
}

class RevokeRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

class DeviceEventRow {
  @ApiProperty({ example: '198507142009071001' }) nip: string;
  @ApiProperty({ example: '2026-06-15T07:29:00+07:00', description: "the device's own timestamp" }) at: string;
  @ApiPropertyOptional({ enum: ['IN', 'OUT'] }) direction?: 'IN' | 'OUT';
}

@ApiTags('Attendance')
@Controller('attendance/devices')
export class DevicesController {
  constructor(
    private readonly commands: CommandPipeline,
    private readonly records: AttendanceRecords,
  ) {}

  @Post()
  @ApiBearerAuth()
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Register an attendance device; its key is in this response only' })
  @ApiCreatedResponse({ type: RegisteredDeviceResponse })
  register(@CurrentActor() actor: Actor, @Body() body: DeviceRequest) {
    return this.commands.execute(new RegisterDevice(actor, body));
  }

  @Get()
  @ApiBearerAuth()
  @Roles('HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'Registered devices (never their keys); a unit admin sees those of their units' })
  @ApiOkResponse({ type: DeviceList })
  list(@CurrentActor() actor: Actor) {
    return this.records.deviceList(actor);
  }

  @Get(':id')
  @ApiBearerAuth()
  @Roles('HR_ADMIN', 'UNIT_ADMIN', 'AUDITOR')
  @ApiOperation({ summary: 'One device (404 to a unit admin for a device of another unit)' })
  @ApiOkResponse({ type: DeviceResponse })
  one(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.records.device(actor, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('HR_ADMIN', 'UNIT_ADMIN')
  @ApiOperation({ summary: 'Revoke the device key: its pushes are refused from now on' })
  @ApiOkResponse({ type: DeviceResponse })
  revoke(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: RevokeRequest) {
    return this.commands.execute(new RevokeDevice(actor, id, body.reason ?? null));
  }

  @Post(':id/events')
  @HttpCode(200)
  @Public()
  @ApiHeader({ name: 'X-Device-Key', required: true })
  @ApiBody({ type: [DeviceEventRow] })
  @ApiOperation({ summary: 'A device pushes a batch of its events, authenticated by its own key; same report as the import' })
  @ApiOkResponse({ type: IntakeReportResponse })
  push(@Param('id', ParseUUIDPipe) id: string, @Headers('x-device-key') key: string | undefined, @Body() body: unknown) {
    return this.commands.execute(new PushDeviceEvents(id, key, body));
  }
}
