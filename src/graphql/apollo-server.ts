import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { GraphContext } from './context';
import { createErrorFormatter, type ErrorReporter } from './error-format';

/** Limits that keep one request from costing the server too much. */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxCost: 20_000,
};

/**
 * Apollo Server with query limits, coded errors and no CDN-hosted landing page. Cache control is off: nothing reads
 * its hints, and its per-field hook made Apollo wrap every resolver, a tenth of the time of a large nested answer.
 */
export function createApolloServer(schema: GraphQLSchema, reportError: ErrorReporter): ApolloServer<GraphContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // graphql-js enforces the token limit while parsing, so an oversized document is a clean parse error (400).
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return new ApolloServer<GraphContext>({
    schema,
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: createErrorFormatter(reportError),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}
