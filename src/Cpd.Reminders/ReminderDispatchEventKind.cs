namespace Cpd.Reminders;

/// <summary>What happened to one reminder in a dispatch pass.</summary>
public enum ReminderDispatchEventKind
{
    /// <summary>The message was accepted by the mail system and the send recorded.</summary>
    Sent,

    /// <summary>
    /// The member directory does not know the member; the reminder stays unsent and is tried every pass.
    /// </summary>
    MemberUnknown,

    /// <summary>
    /// Between the query and the send, the record was completed or deleted, or its reminder moved or cleared:
    /// nothing is sent for this date.
    /// </summary>
    Withdrawn,

    /// <summary>
    /// Every send attempt of the pass failed; the claim was given up until <see cref="ReminderDispatchEvent.RetryAt"/>.
    /// </summary>
    SendFailed,

    /// <summary>
    /// The message went out but the send could not be recorded; when the claim lapses the reminder is sent once
    /// more, with the same Message-Id.
    /// </summary>
    SendNotRecorded,
}
