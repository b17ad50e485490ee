import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrganizationKind } from '@modellkommuner/shared';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { CurrentViewer } from '../auth/auth.decorators';
import { Organization } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => [Organization], { description: 'Kommuner, regioner och SKR; sök på namn eller kod.' })
  async organizations(
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind?: OrganizationKind,
    @Args('search', { nullable: true }) search?: string,
    @Args('countyCode', { nullable: true }) countyCode?: string,
    @Args('mentorEligible', { nullable: true }) mentorEligible?: boolean,
  ): Promise<Organization[]> {
    const rows = await this.service.list({ kind, search: search?.slice(0, 100), countyCode, mentorEligible });
    return rows.map((row) => Organization.from(row));
  }

  @Query(() => Organization, { nullable: true })
  async organization(@Args('code') code: string): Promise<Organization | null> {
    const row = await this.service.byCode(code.trim());
    return row ? Organization.from(row) : null;
  }

  @Mutation(() => Organization, { description: 'Markerar en erfaren modellkommun som möjlig mentor; skälet sparas i ändringsloggen.' })
  async markMentorEligible(@CurrentViewer() viewer: Viewer, @Args('organizationCode') organizationCode: string, @Args('reason') reason: string): Promise<Organization> {
    return Organization.from(await this.service.markMentorEligible(viewer, organizationCode, reason));
  }
}
