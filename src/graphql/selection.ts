import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function collect(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, into: Set<string>): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') collect(info, selection.selectionSet, into);
    else collect(info, info.fragments[selection.name.value]?.selectionSet, into);
  }
}

/** The names of the fields asked for directly below the field being resolved, through fragments too. */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) collect(info, node.selectionSet, names);
  return names;
}
