import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay global object identification: every entity has an id that node(id) resolves. */
@InterfaceType({ description: 'An object with a global id.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/** Row id kept beside the global id, for loaders and cursors; not part of the schema. */
export interface HasRowId {
  rowId: number;
}
