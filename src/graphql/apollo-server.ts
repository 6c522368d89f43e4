import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { GraphContext } from './context';
import { createErrorFormatter, type ErrorReporter } from './error-format';
import { DOCUMENT_RULES } from './limits/document-rules';
import { asOfPlugin } from './as-of';
import { hintsPlugin } from './hints';
import { httpStatusPlugin } from './http-status-plugin';
import { introspectionCachePlugin } from './limits/introspection-cache';
import { limitsPlugin } from './limits/limits-plugin';
import { QUERY_LIMITS } from './limits/query-limits';

/**
 * Apollo Server with the request limits (src/graphql/limits), coded errors and no CDN-hosted landing page. Cache
 * control is off: nothing reads its hints, and its per-field hook made Apollo wrap every resolver, a tenth of the
 * time of a large nested answer.
 */
export function createApolloServer(schema: GraphQLSchema, reportError: ErrorReporter): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    schema,
    validationRules: DOCUMENT_RULES,
    plugins: [
      asOfPlugin(),
      hintsPlugin(),
      limitsPlugin(schema),
      introspectionCachePlugin(),
      httpStatusPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    // graphql-js enforces the token limit while parsing, so an oversized document is a clean parse error (400).
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: createErrorFormatter(reportError),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Persisted queries are not offered: a request that asks for one gets PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
  });
}
