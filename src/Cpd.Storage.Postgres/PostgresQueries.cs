namespace Cpd.Storage.Postgres;

/// <summary>The queries whose plans matter at scale; each is served by an index of the schema.</summary>
internal static class PostgresQueries
{
    /// <summary>
    /// A member's summary, counted in the database through <c>ix_records_member_summary</c>, which also serves
    /// listings and, once the table's visibility map is current, answers the summary from the index alone.
    /// </summary>
    public const string Summary =
        "SELECT COUNT(*)::integer, " +
        "COUNT(*) FILTER (WHERE status = 2)::integer, " +
        "COUNT(*) FILTER (WHERE status = 1)::integer, " +
        "COUNT(*) FILTER (WHERE status = 0)::integer, " +
        "COUNT(*) FILTER (WHERE status <> 2 AND reminder_date < @today)::integer, " +
        "COALESCE(SUM(hours_centi), 0)::bigint " +
        "FROM records WHERE member_id = @member_id;";

    /// <summary>
    /// Incomplete records, across all members, whose reminder date is on or before a date, from the partial
    /// index <c>ix_records_due_reminders</c>.
    /// </summary>
    public const string DueReminders =
        "SELECT id, member_id, reminder_date FROM records " +
        "WHERE reminder_date IS NOT NULL AND status <> 2 AND reminder_date <= @latest " +
        "ORDER BY reminder_date;";
}
