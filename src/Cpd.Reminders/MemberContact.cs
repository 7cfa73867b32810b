using Cpd.Domain;
using NodaTime;

namespace Cpd.Reminders;

/// <summary>
/// How to reach a member: the name and email address to write to, and the time zone of their calendar.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record MemberContact
{
    /// <summary>The longest email address accepted, in characters (RFC 5321's limit on a path).</summary>
    public const int EmailAddressMaxLength = 254;

    /// <summary>The longest display name accepted, in characters.</summary>
    public const int DisplayNameMaxLength = 200;

    /// <summary>Creates a member's contact details, checking each of them.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="displayName">The name to greet them by; may be empty.</param>
    /// <param name="emailAddress">A bare address such as <c>ada@example.org</c>, without a display name.</param>
    /// <param name="timeZone">The member's time zone, which decides the day and hour reminders arrive.</param>
    /// <exception cref="CpdValidationException">A value is missing or malformed; every problem is listed.</exception>
    public MemberContact(MemberId memberId, string displayName, string emailAddress, DateTimeZone timeZone)
    {
        var errors = MemberContactRules.Check(memberId, displayName, emailAddress, timeZone);
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }

        MemberId = memberId;
        DisplayName = displayName.Trim();
        EmailAddress = emailAddress;
        TimeZone = timeZone;
    }

    /// <summary>Gets the member.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the name to greet the member by, trimmed; empty when the portal has none.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the member's email address.</summary>
    public string EmailAddress { get; }

    /// <summary>Gets the member's time zone.</summary>
    public DateTimeZone TimeZone { get; }
}
