using Cpd.Domain.Reminders;
using NodaTime;

namespace Cpd.Reminders;

/// <summary>
/// One reminder email, ready to send: its recipient, subject, plain-text and HTML bodies, and a Message-Id that
/// is the same every time this reminder is composed, so that a mail system can discard a repeat.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record ReminderMessage
{
    /// <summary>Gets the reminder the message is for.</summary>
    public required ReminderKey Key { get; init; }

    /// <summary>Gets the recipient's display name, on one line; may be empty.</summary>
    public required string ToName { get; init; }

    /// <summary>Gets the recipient's email address.</summary>
    public required string ToAddress { get; init; }

    /// <summary>Gets the subject, on one line: no line break or other control character.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the plain-text body.</summary>
    public required string PlainText { get; init; }

    /// <summary>Gets the HTML body, with every member string HTML-encoded.</summary>
    public required string Html { get; init; }

    /// <summary>
    /// Gets the Message-Id without its angle brackets, such as
    /// <c>reminder.0190d4c3-….2027-03-28@portal.example.org</c> (see <see cref="IdFor"/>).
    /// </summary>
    public required string MessageId { get; init; }

    /// <summary>Gets the link to the record in the portal, as written in both bodies.</summary>
    public required Uri RecordLink { get; init; }

    /// <summary>Gets when the message was composed, for its Date header.</summary>
    public required Instant ComposedAt { get; init; }

    /// <summary>Gets the stable Message-Id of a reminder: the same record and date give the same id.</summary>
    /// <param name="key">The reminder.</param>
    /// <param name="domain">The domain part, such as the portal's host name.</param>
    /// <returns>The id without angle brackets: <c>reminder.{record id}.{yyyy-MM-dd}@{domain}</c>.</returns>
    public static string IdFor(ReminderKey key, string domain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        return $"reminder.{key.RecordId}.{NodaTime.Text.LocalDatePattern.Iso.Format(key.ReminderDate)}@{domain}";
    }
}
