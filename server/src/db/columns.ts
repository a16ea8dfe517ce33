import { Column, ColumnOptions, PrimaryColumn } from 'typeorm';

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
