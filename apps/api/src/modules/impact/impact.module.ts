import { Module } from '@nestjs/common';
import { ImpactPolicy } from './impact.policy';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';

/** The impact view (difference-in-differences on Kolada's key figures, goal outcomes) and the open data. */
@Module({
  providers: [ImpactPolicy, ImpactService, ImpactResolver],
  exports: [ImpactService, ImpactPolicy],
})
export class ImpactModule {}
