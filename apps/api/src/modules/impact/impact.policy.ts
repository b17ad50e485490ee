import { Injectable } from '@nestjs/common';
import { mayViewImpact } from '@modellkommuner/shared';

/**
 * Who may see the impact view and the open data (docs/domain.md, "Impact") — everyone: they hold only
 * organisation-level aggregates of groups of at least IMPACT_MIN_GROUP and public Kolada figures. The one
 * place the API decides it, with libs/shared's rule.
 */
@Injectable()
export class ImpactPolicy {
  mayView(): boolean {
    return mayViewImpact();
  }
}
