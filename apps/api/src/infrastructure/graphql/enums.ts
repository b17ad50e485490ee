import { registerEnumType } from '@nestjs/graphql';
import { OrganizationKind, UserRole, VocabularyKind } from '@modellkommuner/shared';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(VocabularyKind, { name: 'VocabularyKind' });
