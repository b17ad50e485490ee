import { Injectable } from '@nestjs/common';
import { mayCreateProgramme } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/** Who may set up programmes: the one place it is decided (rules in libs/shared, programmes.ts). */
@Injectable()
export class ProgrammePolicy {
  mayCreate(viewer: Viewer | null): boolean {
    return mayCreateProgramme(asRuleViewer(viewer));
  }
}
