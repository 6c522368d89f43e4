import type { ApolloServerPlugin } from '@apollo/server';
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from './context';

/** What a person would add to an empty answer: how to ask to get one. */
export interface AnswerHint {
  field: string;
  message: string;
  /** The arguments that would find an answer. */
  tryArguments: Record<string, string>;
}

/** Records a hint for the field at `info`, sent in the response's `extensions.hints`. */
export function addHint(context: GraphContext, info: GraphQLResolveInfo, hint: Omit<AnswerHint, 'field'>): void {
  context.hints.push({ field: responsePathAsArray(info.path).join('.'), ...hint });
}

/** Adds the hints the fields recorded to the answer: `extensions.hints`, by field. */
export function hintsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || contextValue.hints.length === 0) return;
          const { singleResult } = response.body;
          const hints = [...contextValue.hints].sort((a, b) => a.field.localeCompare(b.field));
          singleResult.extensions = { ...singleResult.extensions, hints };
        },
      };
    },
  };
}
