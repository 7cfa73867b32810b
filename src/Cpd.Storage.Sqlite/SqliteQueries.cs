namespace Cpd.Storage.Sqlite;

/// <summary>The queries whose plans matter at scale; each is served by an index of the schema.</summary>
internal static class SqliteQueries
{
    /// <summary>A member's summary, from the covering index <c>ix_records_member_summary</c>.</summary>
    public const string Summary =
        "SELECT COUNT(*), " +
        "COALESCE(SUM(status = 2), 0), COALESCE(SUM(status = 1), 0), COALESCE(SUM(status = 0), 0), " +
        "COALESCE(SUM(status <> 2 AND reminder_date < $today), 0), COALESCE(SUM(hours_centi), 0) " +
        "FROM records WHERE member_id = $member_id;";

    /// <summary>
    /// Incomplete records, across all members, whose reminder date is on or before a date, from the partial
    /// index <c>ix_records_due_reminders</c>.
    /// </summary>
    public const string DueReminders =
        "SELECT id, member_id, reminder_date FROM records " +
        "WHERE reminder_date IS NOT NULL AND status <> 2 AND reminder_date <= $latest " +
        "ORDER BY reminder_date;";
}
