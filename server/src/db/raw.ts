// Values read with getRawMany()/query() arrive as the driver gives them: MySQL returns
// DATETIME as a Date (timezone 'Z') and SUM/BIGINT as strings; SQLite returns DATETIME as
// 'YYYY-MM-DD HH:MM:SS.SSS' text in UTC.

export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}
