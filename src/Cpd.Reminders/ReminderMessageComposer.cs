using Cpd.Domain.Records;
using Cpd.Domain.Reminders;
using Cpd.Reminders.Templating;
using NodaTime;
using Scriban;
using Scriban.Runtime;

namespace Cpd.Reminders;

/// <summary>
/// Writes reminder messages from the built-in Scriban templates: a one-line subject, a plain-text body and an
/// HTML body, each with a link to the record in the portal.
/// </summary>
/// <remarks>
/// <para>
/// Member strings (the record's title, the member's name) are put on one line everywhere, so a title with
/// CR or LF cannot add a mail header or fake a paragraph; in HTML they are also encoded, so they cannot
/// become markup. The link is the portal's record address, <see cref="RecordBaseAddress"/> followed by the
/// record id.
/// </para>
/// <para>The templates are parsed once. Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ReminderMessageComposer
{
    /// <summary>Creates a composer for a portal.</summary>
    /// <param name="recordBaseAddress">
    /// The absolute http(s) address under which the portal shows a record, such as
    /// <c>https://portal.example.org/cpd/records/</c>; the record id is appended to it.
    /// </param>
    /// <param name="messageIdDomain">
    /// The domain part of Message-Ids; <see langword="null"/> to use the host of <paramref name="recordBaseAddress"/>.
    /// </param>
    /// <exception cref="Cpd.Domain.CpdValidationException">The address or the domain is not usable.</exception>
    public ReminderMessageComposer(Uri recordBaseAddress, string? messageIdDomain = null)
    {
        ReminderAddressRules.ThrowIfInvalid(recordBaseAddress, messageIdDomain);
        RecordBaseAddress = ReminderAddressRules.AsDirectory(recordBaseAddress);
        MessageIdDomain = messageIdDomain ?? recordBaseAddress.IdnHost;
    }

    /// <summary>Gets the address under which the portal shows a record, always ending in a slash.</summary>
    public Uri RecordBaseAddress { get; }

    /// <summary>Gets the domain part of Message-Ids.</summary>
    public string MessageIdDomain { get; }

    /// <summary>Gets the link to a record in the portal.</summary>
    /// <param name="recordId">The record.</param>
    /// <returns>The base address followed by the record id.</returns>
    public Uri LinkTo(CpdRecordId recordId) => new(RecordBaseAddress, recordId.ToString());

    /// <summary>Composes the reminder for a record's current reminder date.</summary>
    /// <param name="record">The record; it must have a reminder date.</param>
    /// <param name="member">The member to write to.</param>
    /// <param name="composedAt">The current instant, for the Date header.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">The record has no reminder date or is another member's.</exception>
    public ReminderMessage Compose(CpdRecord record, MemberContact member, Instant composedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(member);
        if (record.ReminderDate is not { } date || record.MemberId != member.MemberId)
        {
            throw new ArgumentException("The record must be the member's and have a reminder date.", nameof(record));
        }

        return Compose(new ReminderKey(record.Id, date), record.Title, member, composedAt);
    }

    /// <summary>Composes the reminder for a record and date, with the title as given.</summary>
    /// <param name="key">The record and reminder date.</param>
    /// <param name="title">The record's title; line breaks and other control characters become spaces.</param>
    /// <param name="member">The member to write to.</param>
    /// <param name="composedAt">The current instant, for the Date header.</param>
    /// <returns>The message.</returns>
    public ReminderMessage Compose(ReminderKey key, string title, MemberContact member, Instant composedAt)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(member);
        var link = LinkTo(key.RecordId);
        var model = ReminderModel.Build(key.ReminderDate, title, member.DisplayName, link);
        return new ReminderMessage
        {
            Key = key,
            ToName = OneLine.Of(member.DisplayName),
            ToAddress = member.EmailAddress,
            Subject = OneLine.Of(Render(ReminderTemplate.Subject, model, encodeHtml: false)),
            PlainText = Render(ReminderTemplate.PlainText, model, encodeHtml: false),
            Html = Render(ReminderTemplate.Html, model, encodeHtml: true),
            MessageId = ReminderMessage.IdFor(key, MessageIdDomain),
            RecordLink = link,
            ComposedAt = composedAt,
        };
    }

    private static string Render(Template template, ScriptObject model, bool encodeHtml) =>
        template.Render(new ReminderTemplateContext(model, encodeHtml));
}
