import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  isObjectType,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { AsOfAnswer } from '../services/as-of';
import type { GraphContext } from './context';

/** What every asOf argument means. */
export const AS_OF_DESCRIPTION =
  'The graph as the papers documented it on this date: only facts whose paper is dated on or before it (the date ' +
  'on the paper, else the one inferred for it) and that had not ended before it; of several statements of one ' +
  "relationship, the newest paper's. A paper of a year or a month counts from the last day of its period, an " +
  "end (until) of one up to its first day (see the Date scalar). A register edition's structure holds on " +
  'earlier dates too, until a newer edition replaces it. Facts whose paper has no date are left out; extensions.asOf says how many. Node ' +
  'descriptions are not as of the date.';

function reported(context: GraphContext, path: string, asOf: unknown, value: unknown): unknown {
  if (!(value instanceof AsOfAnswer)) return value;
  if (typeof asOf === 'string' && value.undatedLeftOut !== null) {
    context.asOfNotes.push({ field: path, asOf, undatedLeftOut: value.undatedLeftOut });
  }
  return value.answer;
}

/**
 * Makes every field with an `asOf` argument hand on the answer its service gave and note, for the response's
 * extensions, how many facts it left out for want of a dated paper: the one place those counts are gathered. It
 * must run before the list guard, which then charges the answer rather than its wrapper.
 */
export function reportAsOfAnswers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => arg.name === 'asOf')) continue;
      const resolve: GraphQLFieldResolver<unknown, GraphContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args: Record<string, unknown>, context: GraphContext, info) => {
        const value = (await resolve(source, args, context, info)) as unknown;
        return reported(context, responsePathAsArray(info.path).join('.'), args.asOf, value);
      };
    }
  }
}

/** Adds to an answer what its as-of fields left out for want of a dated paper: `extensions.asOf`, by field. */
export function asOfPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || contextValue.asOfNotes.length === 0) return;
          const { singleResult } = response.body;
          const notes = [...contextValue.asOfNotes].sort((a, b) => a.field.localeCompare(b.field));
          singleResult.extensions = { ...singleResult.extensions, asOf: notes };
        },
      };
    },
  };
}
