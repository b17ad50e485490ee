import { Injectable } from '@nestjs/common';
import { isProcessLeader } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/** Who may change the vocabularies (docs/domain.md, "Vocabularies"): the one place it is decided. Everyone reads them. */
@Injectable()
export class VocabularyPolicy {
  /** Process leaders replace a vocabulary. */
  mayEdit(viewer: Viewer | null): boolean {
    return isProcessLeader(asRuleViewer(viewer));
  }
}
