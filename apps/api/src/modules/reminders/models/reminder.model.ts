import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReminderKind } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { NotificationEntity } from '../entities/notification.entity';

@ObjectType({ description: 'En notis i appen: en påminnelse eller ett meddelande till den inloggade.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Påminnelsens slag (ReminderKind).' })
  kind: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'En sökväg i webben, t.ex. /cohorts/…' })
  link: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  static from(entity: NotificationEntity): Notification {
    return Object.assign(new Notification(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      body: entity.body,
      link: entity.link,
      createdAt: entity.createdAt,
      readAt: entity.readAt,
    });
  }
}

@ObjectType({ description: 'Om den inloggade får e-post för ett slags påminnelse (notisen i appen kommer alltid).' })
export class ReminderPreference {
  @Field(() => ReminderKind)
  kind: ReminderKind;

  @Field()
  email: boolean;
}

@ObjectType({ description: 'En planerad (eller skickad) påminnelse i en omgång. Processledare.' })
export class ScheduledReminder {
  @Field(() => ID)
  id: string;

  @Field(() => ReminderKind)
  kind: ReminderKind;

  @Field({ description: 'När den ska skickas (eller skulle ha skickats).' })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'När den skickades; senare än dueAt när arbetaren eller kön var nere.' })
  sentAt: Date | null;

  @Field(() => Int, { description: 'Mottagare: de som fick den, eller de som skulle få den om den skickades nu.' })
  recipients: number;

  @Field({ description: 'Vad den gäller, på svenska: "Möte: Startträff", "Uppföljning: Sala kommun".' })
  about: string;
}
