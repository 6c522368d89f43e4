import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Language, RelationshipType, Status } from '../../model';
import { cooperationPaths, MAX_HOPS, MAX_PATHS, type PathPurpose } from '../../services/paths.service';
import { precedents, type PrecedentOrder } from '../../services/precedents.service';
import { similarCities } from '../../services/similarity.service';
import { MAX_PAGE_SIZE } from '../../services/pagination';
import { timeline } from '../../services/timeline.service';
import { toConnection } from '../connection';
import { AS_OF_DESCRIPTION } from '../as-of';
import { addHint } from '../hints';
import { primeNodes } from '../load-node';
import type { GraphContext } from '../context';
import { LanguageEnum, PathPurposeEnum, PrecedentOrderEnum, RelationshipTypeEnum, StatusEnum } from '../enums';
import { selectedFieldNames } from '../selection';
import { toNodeView } from '../types/node.type';
import { TimelineConnection } from '../types/connection.type';
import { Path, Precedent, SimilarCity } from '../types/results.type';

@Resolver()
export class AnalysisResolver {
  @Query(() => [Path], {
    description:
      'How two nodes are connected: the strongest paths first (see PathStrength), shorter first among equals, each ' +
      'explained in words. By default only cooperation counts (purpose COOPERATION); purpose ANY also finds shared ' +
      'subjects, roles and proposals. Paper relationships (ISSUED_BY, AUTHORED_BY, …) are left out unless ' +
      'relationshipTypes names them. When cooperation finds no path but purpose ANY would, extensions.hints says so.',
  })
  async cooperationPaths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `At most ${MAX_HOPS}.` }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 5, description: `At most ${MAX_PATHS}.` }) first: number,
    @Arg('relationshipTypes', () => [RelationshipTypeEnum], { nullable: true })
    relationshipTypes: RelationshipType[] | undefined,
    @Arg('statuses', () => [StatusEnum], { nullable: true, description: 'Every step must have one of these.' })
    statuses: Status[] | undefined,
    @Arg('purpose', () => PathPurposeEnum, { defaultValue: 'COOPERATION' }) purpose: PathPurpose,
    @Arg('language', () => LanguageEnum, { defaultValue: 'DE', description: 'Of the explanations.' })
    language: Language,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const scope = context.asOf(asOf);
    const request = { from, to, maxHops, first, relationshipTypes, statuses, purpose, language, asOf: scope };
    const found = await cooperationPaths(context.executor, context.browserLink, request);
    if (found.answer.length === 0 && purpose === 'COOPERATION' && !relationshipTypes?.length) {
      const wider = await cooperationPaths(context.executor, context.browserLink, {
        ...request,
        purpose: 'ANY',
        first: 1,
      });
      if (wider.answer.length > 0) {
        addHint(context, info, {
          message:
            'No path of cooperation joins them, but they are connected otherwise (shared subjects, roles or ' +
            'proposals): ask with purpose: ANY.',
          tryArguments: { purpose: 'ANY' },
        });
      }
    }
    return found.map((paths) => paths.map((path) => ({ ...path, start: toNodeView(path.start) })));
  }

  @Query(() => [Precedent], {
    description:
      'Which cities already have or did the subject: a role (e.g. "cdo"), a body (its type counts, e.g. any ' +
      'advisory board), an organisation, a standard, a project or a topic; other kinds are BAD_USER_INPUT. ' +
      'For a programme or project, the cities taking part in its rounds and projects count too. ' +
      'With forCity, that city is left out. Newest first, undated last, unless ordered by similarity.',
  })
  async precedents(
    @Arg('subject', () => ID) subject: string,
    @Arg('forCity', () => ID, { nullable: true }) forCity: string | undefined,
    @Arg('land', () => ID, {
      nullable: true,
      description:
        'Only the cities of this Land (its id, e.g. "land-07" for Rheinland-Pfalz); another kind of node is NOT_FOUND.',
    })
    land: string | undefined,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('orderBy', () => PrecedentOrderEnum, { defaultValue: 'NEWEST' }) orderBy: PrecedentOrder,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const scope = context.asOf(asOf);
    const found = await precedents(context.executor, subject, forCity ?? null, first, {
      order: orderBy,
      scores: selectedFieldNames(info).has('similarity'),
      asOf: scope,
      land: land ?? null,
    });
    for (const p of found.answer) primeNodes(context, p.related);
    return found.map((list) => list.map((p) => ({ ...p, city: toNodeView(p.city) })));
  }

  @Query(() => [SimilarCity], {
    description:
      'Cities ranked by how alike they are to this one: what both are linked to, and their size, type, ' +
      'urbanisation, Land, Kreis and Gemeindeverband, each weighed (see SimilarityFactor) and explained.',
  })
  async similarCities(
    @Arg('city', () => ID) city: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Arg('language', () => LanguageEnum, {
      defaultValue: 'DE',
      description: 'Of the reasons and the explanation, as of cooperationPaths.',
    })
    language: Language,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() context: GraphContext,
  ) {
    const scope = context.asOf(asOf);
    const found = await similarCities(context.executor, city, first, scope, language);
    return found.map((list) => list.map((s) => ({ ...s, city: toNodeView(s.city), shared: s.shared.map(toNodeView) })));
  }

  @Query(() => TimelineConnection, {
    description:
      "A page of a city's dated facts, with those of its administration (organisations, units and bodies, at any " +
      'depth), oldest first by `date`.',
  })
  async timeline(
    @Arg('city', () => ID) city: string,
    @Arg('first', () => Int, { defaultValue: 100, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() context: GraphContext,
  ) {
    const scope = context.asOf(asOf);
    const found = await timeline(context.executor, city, { first, after }, scope);
    return found.map((page) => toConnection(page, (entry) => entry));
  }
}
