import { defineModule } from '../../core/module';
import { ExtensionLinkEntity } from './link.entity';
import { LinksResolver } from './links.resolver';
import { type LinksDeps, LinksService } from './links.service';

export const linksModule = defineModule({
  name: 'links',
  entities: [ExtensionLinkEntity],
  resolvers: [LinksResolver],
  create: (deps: LinksDeps, config) => new LinksService(deps, config.publicUrl),
});

export type { LinksService, CreatedLink, ExtensionOffer } from './links.service';
export type { AttemptLimiter } from './rate-limit';
