import type { ApolloServerPlugin } from '@apollo/server';
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import type { AsOf } from '../services/as-of';
import type { GraphContext } from './context';

/** What every asOf argument means. */
export const AS_OF_DESCRIPTION =
  'The graph as the papers documented it on this date: only facts whose paper is dated on or before it (the date ' +
  'on the paper, else the one inferred for it) and that had not ended before it; of several statements of one ' +
  "relationship, the newest paper's. Facts whose paper has no date are left out; extensions.asOf says how many.";

/** Records, for the response's extensions, how many facts the field at `info` left out for want of a dated paper. */
export function noteLeftOut(context: GraphContext, info: GraphQLResolveInfo, scope: AsOf, undatedLeftOut: number) {
  context.asOfNotes.push({ field: responsePathAsArray(info.path).join('.'), asOf: scope.date, undatedLeftOut });
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
