import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

@ObjectType({
  description:
    'Where a page sits in its list (Relay cursor connections). Lists here page forwards only: pass endCursor as `after` to get the next page.',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description:
      'Whether items come before this page: true when `after` was given and the list still holds the item at that cursor or an earlier one; false on the first page.',
  })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The first edge's cursor; null when the page is empty.",
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The last edge's cursor, to pass as `after` for the next page; null when the page is empty.",
  })
  endCursor: string | null;
}

/**
 * A Relay-style connection type for a node type; `plural` names the items in the
 * descriptions ("rewards", "ledger entries").
 */
export function Connection<T extends object>(node: ClassType<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One of the ${plural} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, {
      description: 'Opaque position of this item; pass it as `after` to continue after it.',
    })
    cursor: string;

    @Field(() => node, { description: 'The item itself.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}, newest first.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether pages come before or after this one.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many in all, across every page.' })
    totalCount: number;
  }
  return ConnectionType;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** The descriptions of every connection's paging arguments. */
export const FIRST = `How many items to return, 1 to ${MAX_PAGE} (default ${DEFAULT_PAGE}).`;
export const AFTER =
  'Return the items after this cursor (an endCursor or edge cursor from this list).';

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
  hasPreviousPage: boolean;
  totalCount: number;
}

/**
 * Newest first by id (ids are time-ordered), `first` at a time after a cursor. Reads one row
 * more than asked to know whether another page follows.
 *
 * hasPreviousPage follows the Relay spec for forward pagination, which lets a server answer
 * true when edges before `after` exist and it can tell cheaply: here one indexed existence
 * check on the same filters, for the cursor's row or any newer one (rows the cursor skipped).
 * The cursor's own row counts, so a page reached from a one-item first page still says true;
 * without `after` it is the first page and false.
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
  const afterId = after ? decodeCursor(after) : null;
  if (afterId) page.andWhere(`${alias}.id < :afterId`, { afterId });
  const rows = await page.getMany();
  const hasPreviousPage = afterId
    ? await query
        .clone()
        .andWhere(`${alias}.id >= :beforeOrAtId`, { beforeOrAtId: afterId })
        .getExists()
    : false;
  return {
    nodes: rows.slice(0, size),
    hasNextPage: rows.length > size,
    hasPreviousPage,
    totalCount,
  };
}

export function connection<T, N>(page: Page<T>, toNode: (row: T) => N, idOf: (row: T) => string) {
  const edges = page.nodes.map((row) => ({ cursor: encodeCursor(idOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges.at(0)?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
