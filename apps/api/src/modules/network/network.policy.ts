import { Injectable } from '@nestjs/common';
import { mayViewNetwork, maySuggestMentors } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/**
 * Who may see the network and ask for mentor suggestions (docs/domain.md, "The network") — the one
 * place the API decides it, with libs/shared's rules (network.ts). What a public cohort shows is
 * CohortPolicy's (a cohort reached through the lineage is a public summary for non-members).
 */
@Injectable()
export class NetworkPolicy {
  mayViewOverview(): boolean {
    return mayViewNetwork();
  }

  maySuggestMentors(viewer: Viewer | null): boolean {
    return maySuggestMentors(asRuleViewer(viewer));
  }
}
