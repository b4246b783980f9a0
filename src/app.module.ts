import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from './modules/attendance/attendance.module';
import { AppraisalModule } from './modules/appraisal/appraisal.module';
import { IdentityModule } from './modules/identity/identity.module';
import { OrganizationModule } from './modules/organization/organization.module';
import type { AppOverrides } from './bootstrap';
import { AppConfig } from './platform/config/app-config';
import { dataSourceOptions } from './platform/database/data-source';
import { PlatformModule } from './platform/platform.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), autoLoadEntities: true }),
        CqrsModule.forRoot(),
        ScheduleModule.forRoot(),
        PlatformModule.forRoot(config, overrides.clock),
        OrganizationModule,
        IdentityModule,
        AttendanceModule,
        AppraisalModule,
      ],
    };
  }
}
