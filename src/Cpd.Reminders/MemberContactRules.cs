using System.Net.Mail;
using Cpd.Domain;
using NodaTime;

namespace Cpd.Reminders;

/// <summary>The checks on a member's contact details.</summary>
internal static class MemberContactRules
{
    public static List<ValidationError> Check(
        MemberId memberId, string? displayName, string? emailAddress, DateTimeZone? timeZone)
    {
        var errors = new List<ValidationError>();
        if (memberId == default)
        {
            errors.Add(new ValidationError("memberId", ValidationRule.Required, "A member id is required."));
        }

        AddIfAny(errors, CheckName(displayName));
        AddIfAny(errors, CheckAddress(emailAddress));
        if (timeZone is null)
        {
            errors.Add(new ValidationError("timeZone", ValidationRule.Required, "The member's time zone is required."));
        }

        return errors;
    }

    private static ValidationError? CheckName(string? displayName)
    {
        const string Field = "displayName";
        if (displayName is null)
        {
            return new ValidationError(Field, ValidationRule.Required, "A display name is required (it may be empty).");
        }

        if (displayName.Length > MemberContact.DisplayNameMaxLength)
        {
            return new ValidationError(
                Field, ValidationRule.MaxLength,
                    $"A display name must be at most {MemberContact.DisplayNameMaxLength} characters.");
        }

        return displayName.Any(char.IsControl)
            ? new ValidationError(Field, ValidationRule.ControlCharacters, "A display name must be one line of text.")
            : null;
    }

    private static ValidationError? CheckAddress(string? emailAddress)
    {
        const string Field = "emailAddress";
        if (string.IsNullOrWhiteSpace(emailAddress))
        {
            return new ValidationError(Field, ValidationRule.Required, "An email address is required.");
        }

        if (emailAddress.Length > MemberContact.EmailAddressMaxLength)
        {
            return new ValidationError(
                Field, ValidationRule.MaxLength,
                    $"An email address must be at most {MemberContact.EmailAddressMaxLength} characters.");
        }

        var bare = MailAddress.TryCreate(emailAddress, out var parsed)
            && parsed.Address == emailAddress
            && parsed.DisplayName.Length == 0
            && !emailAddress.Any(character => char.IsControl(character) || char.IsWhiteSpace(character));
        return bare
            ? null
            : new ValidationError(
                Field, ValidationRule.Format, $"'{emailAddress}' is not an email address such as ada@example.org.");
    }

    private static void AddIfAny(List<ValidationError> errors, ValidationError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
