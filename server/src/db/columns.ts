import { Column, ColumnOptions, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

// Column shapes shared by every entity, so both databases store the same thing:
// millisecond UTC datetimes, UUIDv7 string ids. Timestamps are set by the code from the
// request's clock, never by column defaults (MySQL and SQLite defaults differ in precision).

export function IdColumn() {
  return PrimaryColumn({ type: 'varchar', length: 36 });
}

export function RefColumn(options: Omit<ColumnOptions, 'type' | 'length'> = {}) {
  return Column({ type: 'varchar', length: 36, ...options });
}

export function TimestampColumn(options: Omit<ColumnOptions, 'type' | 'precision'> = {}) {
  return Column({ type: 'datetime', precision: 3, ...options });
}

/** Who did something: user:<id>, apikey:<id>, customer:<profile id> or system:<job>. */
export function ActorColumn(options: Omit<ColumnOptions, 'type' | 'length'> = {}) {
  return Column({ type: 'varchar', length: 80, ...options });
}

/** Money in integer minor units that a single value fits (inputs are 32-bit). */
export function MoneyColumn(options: Omit<ColumnOptions, 'type'> = {}) {
  return Column({ type: 'int', ...options });
}

// BIGINT comes back from MySQL as a string; totals stay below 2^53, so a number is exact.
const bigintAsNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/** Money totals (balances, lifetime spend): BIGINT, read as a JavaScript number. */
export function TotalColumn(options: Omit<ColumnOptions, 'type' | 'transformer'> = {}) {
  return Column({ type: 'bigint', transformer: bigintAsNumber, ...options });
}

/** ISO 4217 code. */
export function CurrencyColumn(options: Omit<ColumnOptions, 'type' | 'length'> = {}) {
  return Column({ type: 'varchar', length: 3, ...options });
}

/**
 * A foreign key from `column` to another table, naming the target entity by its class name,
 * so a module's entity never imports another module's (each module owns its tables). The
 * decorated property only carries the relation; code reads the id column.
 */
export function References(
  entity: string,
  column: string,
  onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT',
): PropertyDecorator {
  return (target, key) => {
    ManyToOne(entity, { onDelete })(target, key);
    JoinColumn({ name: column })(target, key);
  };
}
