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
        "SELECT r.id, r.member_id, r.title, r.reminder_date FROM records r " +
        "WHERE r.reminder_date IS NOT NULL AND r.status <> 2 AND r.reminder_date <= $latest " +
        "AND NOT EXISTS (SELECT 1 FROM reminder_dispatch d WHERE d.record_id = r.id " +
        "AND d.reminder_date = r.reminder_date AND d.sent_at IS NOT NULL) " +
        "ORDER BY r.reminder_date, r.id LIMIT $limit;";

    /// <summary>
    /// Claims a reminder that is not sent and whose last claim has run out, counting the attempt; returns
    /// the attempt number, or no row when the claim is refused.
    /// </summary>
    public const string ClaimReminder =
        "INSERT INTO reminder_dispatch (record_id, reminder_date, claimed_by, claim_expires_at, attempts, sent_at) " +
        "VALUES ($id, $date, $by, $expires, 1, NULL) " +
        "ON CONFLICT (record_id, reminder_date) DO UPDATE SET claimed_by = excluded.claimed_by, " +
        "claim_expires_at = excluded.claim_expires_at, attempts = attempts + 1 " +
        "WHERE sent_at IS NULL AND claim_expires_at <= $now " +
        "RETURNING attempts;";

    /// <summary>Records a send once; a later record of the same send keeps the first instant.</summary>
    public const string RecordReminderSent =
        "INSERT INTO reminder_dispatch (record_id, reminder_date, claimed_by, claim_expires_at, attempts, sent_at) " +
        "VALUES ($id, $date, $by, $expires, $attempt, $sent) " +
        "ON CONFLICT (record_id, reminder_date) DO UPDATE SET sent_at = COALESCE(sent_at, excluded.sent_at);";

    /// <summary>Gives up a claim still held by the same dispatcher and attempt.</summary>
    public const string ReleaseReminderClaim =
        "UPDATE reminder_dispatch SET claim_expires_at = $retry " +
        "WHERE record_id = $id AND reminder_date = $date AND sent_at IS NULL AND claimed_by = $by AND attempts = $attempt;";

    /// <summary>A member's objectives, oldest first, in the order of the index <c>ix_objectives_member</c>.</summary>
    public const string ObjectivesOfMember =
        $"SELECT {PlanRows.ObjectiveColumns} FROM objectives WHERE member_id = $member ORDER BY created_at, id;";

    /// <summary>The reviews of a member's plan, in the order of the index <c>ix_plan_reviews_member</c>.</summary>
    public const string ReviewsOfMember =
        $"SELECT {PlanRows.ReviewColumns} FROM plan_reviews WHERE member_id = $member " +
        "ORDER BY reviewed_on, recorded_at, id;";
}
