import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityLoggingModule } from './modules/activity-logging/activity-logging.module';
import { AppraisalModule } from './modules/appraisal/appraisal.module';
import { AttendanceModule } from './modules/attendance/attendance.module';
import { IdentityModule } from './modules/identity/identity.module';
import { OrganizationModule } from './modules/organization/organization.module';
import { PerformancePlanningModule } from './modules/performance-planning/performance-planning.module';
import { RemunerationModule } from './modules/remuneration/remuneration.module';
import { AppConfig } from './platform/config/app-config';
import { dataSourceOptions } from './platform/database/data-source';
import { PlatformModule } from './platform/platform.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), autoLoadEntities: true }),
        CqrsModule.forRoot(),
        ScheduleModule.forRoot(),
        PlatformModule.forRoot(config),
        OrganizationModule,
        IdentityModule,
        AttendanceModule,
        PerformancePlanningModule,
        ActivityLoggingModule,
        AppraisalModule,
        RemunerationModule,
      ],
    };
  }
}
