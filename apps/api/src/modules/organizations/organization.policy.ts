import { Injectable } from '@nestjs/common';
import { mayMarkMentorEligible } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/** Who may change an organisation's standing: the one place it is decided (rules in libs/shared, organizations.ts). */
@Injectable()
export class OrganizationPolicy {
  mayMarkMentorEligible(viewer: Viewer | null): boolean {
    return mayMarkMentorEligible(asRuleViewer(viewer));
  }
}
