namespace Cpd.Storage.Sqlite.Schema;

/// <summary>
/// Every schema version, oldest first. A released step is never edited: a change is a new step, so that a
/// database of any earlier version is upgraded in place without losing data.
/// </summary>
internal static class SchemaHistory
{
    public static IReadOnlyList<Migration> Steps { get; } =
    [
        new(1, "records and answers", """
            CREATE TABLE records (
                id                TEXT    NOT NULL PRIMARY KEY,
                member_id         TEXT    NOT NULL,
                framework_id      TEXT    NOT NULL,
                framework_version INTEGER NOT NULL,
                title             TEXT    NOT NULL,
                activity_date     TEXT    NULL,
                category          TEXT    NULL,
                hours_centi       INTEGER NULL,
                notes             TEXT    NOT NULL,
                reminder_date     TEXT    NULL,
                details_revision  INTEGER NOT NULL,
                status            INTEGER NOT NULL,
                created_at        INTEGER NOT NULL,
                updated_at        INTEGER NOT NULL,
                version           INTEGER NOT NULL
            );
            CREATE TABLE answers (
                record_id    TEXT    NOT NULL REFERENCES records (id) ON DELETE CASCADE,
                question_key TEXT    NOT NULL,
                text         TEXT    NOT NULL,
                saved_at     INTEGER NOT NULL,
                revision     INTEGER NOT NULL,
                PRIMARY KEY (record_id, question_key)
            ) WITHOUT ROWID;
            CREATE INDEX ix_records_member ON records (member_id, activity_date, created_at);
            """),
        new(2, "indexes for summaries and due reminders", """
            CREATE INDEX ix_records_member_summary
                ON records (member_id, status, reminder_date, hours_centi);
            CREATE INDEX ix_records_due_reminders
                ON records (reminder_date, member_id) WHERE reminder_date IS NOT NULL AND status <> 2;
            """),
        new(3, "reminder dispatch: claims and sends", """
            CREATE TABLE reminder_dispatch (
                record_id        TEXT    NOT NULL,
                reminder_date    TEXT    NOT NULL,
                claimed_by       TEXT    NULL,
                claim_expires_at INTEGER NOT NULL,
                attempts         INTEGER NOT NULL,
                sent_at          INTEGER NULL,
                PRIMARY KEY (record_id, reminder_date)
            ) WITHOUT ROWID;
            """),
        new(4, "development plans: record links, objectives and plan reviews", """
            ALTER TABLE records ADD COLUMN objective_ids TEXT NULL;
            ALTER TABLE records ADD COLUMN follows_up TEXT NULL;
            CREATE TABLE objectives (
                id          TEXT    NOT NULL PRIMARY KEY,
                member_id   TEXT    NOT NULL,
                title       TEXT    NOT NULL,
                why         TEXT    NOT NULL,
                target_date TEXT    NULL,
                serves      TEXT    NOT NULL,
                status      INTEGER NOT NULL,
                created_at  INTEGER NOT NULL,
                updated_at  INTEGER NOT NULL,
                version     INTEGER NOT NULL
            );
            CREATE INDEX ix_objectives_member ON objectives (member_id, created_at, id);
            CREATE TABLE plan_reviews (
                id          TEXT    NOT NULL PRIMARY KEY,
                member_id   TEXT    NOT NULL,
                reviewed_on TEXT    NOT NULL,
                outcome     TEXT    NOT NULL,
                recorded_at INTEGER NOT NULL
            );
            CREATE INDEX ix_plan_reviews_member ON plan_reviews (member_id, reviewed_on, recorded_at, id);
            """),
    ];

    public static int Latest => Steps[^1].Version;
}
