import { valueFromASTUntyped } from 'graphql';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, into: FieldNode[]): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.push(selection);
    else if (selection.kind === 'InlineFragment') collect(info, selection.selectionSet, into);
    else collect(info, info.fragments[selection.name.value]?.selectionSet, into);
  }
}

/** The fields asked for directly below the field being resolved, through fragments too. */
export function selectedFields(info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const node of info.fieldNodes) collect(info, node.selectionSet, fields);
  return fields;
}

/** The names of the fields asked for directly below the field being resolved, through fragments too. */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  return new Set(selectedFields(info).map((field) => field.name.value));
}

/** The value a selected field's argument is given, as written or through a variable; undefined when left out. */
export function argumentValue(info: GraphQLResolveInfo, field: FieldNode, name: string): unknown {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  return valueFromASTUntyped(argument.value, info.variableValues);
}
