import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { ImpactPolicy } from './impact.policy';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** The impact view (difference-in-differences on Kolada's key figures, goal outcomes) and the open data. */
@Module({
  imports: [NetworkModule],
  controllers: [OpenDataController],
  providers: [ImpactPolicy, ImpactService, ImpactResolver, OpenDataService],
  exports: [ImpactService, ImpactPolicy],
})
export class ImpactModule {}
