import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DATE_PRECISION_RULE, isIsoDate } from '../../model';

function parsed(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new GraphQLError(
    'A Date is a year "2019", a month "2017-11" or a day "2017-11-05" that exists in the calendar',
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/** A date as precise as its source (the model's DATE_PATTERN): the type of every date the graph holds. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: DATE_PRECISION_RULE,
  serialize: (value) => parsed(value),
  parseValue: (value) => parsed(value),
  parseLiteral: (ast) => parsed(ast.kind === Kind.STRING ? ast.value : null),
});
