import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AdministrativeLevel } from '../../model';
import { placeOf } from '../../services/admin-units.service';
import type { GraphContext } from '../context';
import { ENTITY_TYPE_BY_KIND, City } from '../types/entity-types';
import { toNodeView, type NodeView } from '../types/node.type';
import { SearchHit } from '../types/results.type';

async function unitOf(context: GraphContext, id: string, level: AdministrativeLevel): Promise<NodeView | null> {
  const unit = (await context.loaders.adminUnits.load(id))[level];
  return unit ? toNodeView(unit) : null;
}

@Resolver(() => City)
export class CityAdminUnitsResolver {
  @FieldResolver(() => ENTITY_TYPE_BY_KIND.Gemeindeverband, {
    nullable: true,
    description: 'The Verbandsgemeinde, Amt, Samtgemeinde or other Gemeindeverband it belongs to, if any.',
  })
  verband(@Root() city: NodeView, @Ctx() context: GraphContext) {
    return unitOf(context, city.id, 'Gemeindeverband');
  }

  @FieldResolver(() => ENTITY_TYPE_BY_KIND.Kreis, {
    nullable: true,
    description: 'Its Kreis: a Landkreis, or for a kreisfreie Stadt the Stadtkreis that it is.',
  })
  kreis(@Root() city: NodeView, @Ctx() context: GraphContext) {
    return unitOf(context, city.id, 'Kreis');
  }

  @FieldResolver(() => ENTITY_TYPE_BY_KIND.Regierungsbezirk, { nullable: true, description: 'Its Regierungsbezirk.' })
  regierungsbezirk(@Root() city: NodeView, @Ctx() context: GraphContext) {
    return unitOf(context, city.id, 'Regierungsbezirk');
  }

  @FieldResolver(() => ENTITY_TYPE_BY_KIND.Land, { nullable: true, description: 'Its Land, as a node.' })
  land(@Root() city: NodeView, @Ctx() context: GraphContext) {
    return unitOf(context, city.id, 'Land');
  }
}

@Resolver(() => SearchHit)
export class SearchHitPlaceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where the hit lies, to tell homonyms apart: its Gemeindeverband, Kreis and Land, e.g. "Landkreis Mayen-Koblenz, Rheinland-Pfalz".',
  })
  async place(@Root() hit: { node: NodeView }, @Ctx() context: GraphContext): Promise<string | null> {
    return placeOf(await context.loaders.adminUnits.load(hit.node.id));
  }
}
