import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { RequestContext } from '../core/context';
import { endOfLocalDay } from '../core/time';
import { openDatabase } from '../db/database';
import { daysBetween, formatLocalDate, parseLocalDate } from '../modules/schedule/schedule.rules';
import { createServices, ENTITIES } from '../services';

// The daily pass from the command line, for backfills:
//   schedule:run                          as of now
//   schedule:run --date 2027-03-01        as of the end of that day (SCHEDULE_TIMEZONE)
//   schedule:run --date 2027-03-01 --to 2027-03-31   each day of the range, in order
// A day that is today (or later) runs as of now. One progress line per day.

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const config = loadConfig();
  const fromText = arg('--date');
  const toText = arg('--to') ?? fromText;
  const from = fromText ? parseLocalDate(fromText) : null;
  const to = toText ? parseLocalDate(toText) : null;
  if ((fromText && !from) || (toText && !to)) {
    throw new ConfigError('--date and --to take a date written YYYY-MM-DD');
  }
  const db = await openDatabase(config.database, ENTITIES);
  try {
    const services = createServices(config);
    const ctx = RequestContext.create(db, { kind: 'system', job: 'schedule' });
    const days = from && to ? daysBetween(from, to) : [null];
    if (!days.length) throw new ConfigError('--to is before --date');
    for (const day of days) {
      const started = Date.now();
      const now = new Date();
      const end = day ? endOfLocalDay(day, config.scheduleTimezone) : now;
      const asOf = end.getTime() > now.getTime() ? now : end;
      const s = await services.schedule.run(ctx, asOf);
      console.log(
        `${day ? formatLocalDate(day) : 'now'}  as of ${asOf.toISOString()}  ` +
          `issued ${s.rewardsIssued} (birthdays ${s.birthdays}, anniversaries ${s.anniversaries}, ` +
          `lapses ${s.lapses})  expired ${s.rewardsExpired}  reminders ${s.remindersSent}  ` +
          `keys purged ${s.idempotencyKeysPurged}  ${((Date.now() - started) / 1000).toFixed(1)}s`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? `schedule: ${err.message}` : err);
  process.exit(1);
});
