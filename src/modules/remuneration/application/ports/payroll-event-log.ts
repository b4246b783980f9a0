/** The payroll events as the feed serves them, looked up by id for deliveries. */
export abstract class PayrollEventLog {
  /** The CloudEvent JSON of each event id (as GET /payroll/events returns it); unknown ids are left out. */
  abstract bodies(eventIds: string[]): Promise<Map<string, string>>;
}
