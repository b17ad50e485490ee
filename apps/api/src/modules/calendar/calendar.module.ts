import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/** The personal calendar feed: `User.calendarUrl`, `rotateCalendarToken` and `GET /calendar/{token}.ics`. */
@Module({
  imports: [AuditModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarResolver],
})
export class CalendarModule {}
