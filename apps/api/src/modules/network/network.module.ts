import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { NetworkPolicy } from './network.policy';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

/** The network view: the public overview (reach, generations, lineage) and mentor suggestions. */
@Module({
  imports: [CohortsModule],
  providers: [NetworkPolicy, NetworkService, NetworkResolver],
  // The open data's network datasets are the anonymous overview (modules/impact/open-data.service.ts).
  exports: [NetworkService],
})
export class NetworkModule {}
