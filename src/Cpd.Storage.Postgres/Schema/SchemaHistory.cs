namespace Cpd.Storage.Postgres.Schema;

/// <summary>
/// Every schema version, oldest first. A released step is never edited: a change is a new step, so that a
/// schema of any earlier version is upgraded in place without losing data. Statements name tables without
/// a schema: the connection's search path is the store's schema.
/// </summary>
internal static class SchemaHistory
{
    public static IReadOnlyList<Migration> Steps { get; } =
    [
        new(1, "records and answers", """
            CREATE TABLE records (
                id                uuid     NOT NULL CONSTRAINT records_pkey PRIMARY KEY,
                member_id         text     NOT NULL,
                framework_id      text     NOT NULL,
                framework_version integer  NOT NULL,
                title             text     NOT NULL,
                activity_date     date     NULL,
                category          text     NULL,
                hours_centi       integer  NULL,
                notes             text     NOT NULL,
                reminder_date     date     NULL,
                details_revision  bigint   NOT NULL,
                status            smallint NOT NULL,
                created_at        bigint   NOT NULL,
                updated_at        bigint   NOT NULL,
                version           bigint   NOT NULL
            );
            CREATE TABLE answers (
                record_id    uuid   NOT NULL REFERENCES records (id) ON DELETE CASCADE,
                question_key text   NOT NULL,
                text         text   NOT NULL,
                saved_at     bigint NOT NULL,
                revision     bigint NOT NULL,
                PRIMARY KEY (record_id, question_key)
            );
            CREATE INDEX ix_records_member ON records (member_id);
            """),
        new(2, "indexes for summaries and due reminders", """
            CREATE INDEX ix_records_member_summary
                ON records (member_id) INCLUDE (status, reminder_date, hours_centi);
            DROP INDEX ix_records_member;
            CREATE INDEX ix_records_due_reminders
                ON records (reminder_date, member_id) WHERE reminder_date IS NOT NULL AND status <> 2;
            """),
        new(3, "reminder dispatch: claims and sends", """
            CREATE TABLE reminder_dispatch (
                record_id        uuid    NOT NULL,
                reminder_date    date    NOT NULL,
                claimed_by       text    NULL,
                claim_expires_at bigint  NOT NULL,
                attempts         integer NOT NULL,
                sent_at          bigint  NULL,
                PRIMARY KEY (record_id, reminder_date)
            );
            """),
        new(4, "development plans: objectives, plan reviews, and the records' links to them", """
            ALTER TABLE records
                ADD COLUMN objectives uuid[] NOT NULL DEFAULT '{}',
                ADD COLUMN follows_up uuid   NULL;
            CREATE TABLE objectives (
                id          uuid     NOT NULL CONSTRAINT objectives_pkey PRIMARY KEY,
                member_id   text     NOT NULL,
                title       text     NOT NULL,
                why         text     NOT NULL,
                target_date date     NULL,
                serves      text[]   NOT NULL,
                status      smallint NOT NULL,
                created_at  bigint   NOT NULL,
                updated_at  bigint   NOT NULL,
                version     bigint   NOT NULL
            );
            CREATE INDEX ix_objectives_member ON objectives (member_id);
            CREATE TABLE plan_reviews (
                id          uuid   NOT NULL CONSTRAINT plan_reviews_pkey PRIMARY KEY,
                member_id   text   NOT NULL,
                reviewed_on date   NOT NULL,
                outcome     text   NOT NULL,
                recorded_at bigint NOT NULL
            );
            CREATE INDEX ix_plan_reviews_member ON plan_reviews (member_id);
            """),
    ];

    public static int Latest => Steps[^1].Version;
}
