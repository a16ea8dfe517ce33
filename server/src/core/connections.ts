import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** A Relay-style connection type for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many in all, across every page.' })
    totalCount: number;
  }
  return ConnectionType;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id)) throw badInput('after is not a cursor from this API', 'after');
  return id;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * Newest first by id (ids are time-ordered), `first` at a time after a cursor. Reads one row
 * more than asked to know whether another page follows.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<T>> {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw badInput(`first must be from 1 to ${MAX_PAGE}`, 'first');
  }
  const totalCount = await query.clone().getCount();
  const page = query
    .clone()
    .orderBy(`${alias}.id`, 'DESC')
    .take(size + 1);
  if (after) page.andWhere(`${alias}.id < :afterId`, { afterId: decodeCursor(after) });
  const rows = await page.getMany();
  return { nodes: rows.slice(0, size), hasNextPage: rows.length > size, totalCount };
}

export function connection<T, N>(page: Page<T>, toNode: (row: T) => N, idOf: (row: T) => string) {
  const edges = page.nodes.map((row) => ({ cursor: encodeCursor(idOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
