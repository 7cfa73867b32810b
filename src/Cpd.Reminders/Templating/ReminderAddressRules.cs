using Cpd.Domain;

namespace Cpd.Reminders.Templating;

/// <summary>
/// The checks on the portal addresses a reminder is built from: the record link and the Message-Id domain.
/// </summary>
internal static class ReminderAddressRules
{
    public const string BaseAddressField = "recordBaseAddress";

    public const string DomainField = "messageIdDomain";

    public static IEnumerable<ValidationError> Check(Uri? recordBaseAddress, string? messageIdDomain)
    {
        if (recordBaseAddress is null)
        {
            yield return new ValidationError(
                BaseAddressField, ValidationRule.Required, "The portal's base address for record links is required.");
        }
        else if (!recordBaseAddress.IsAbsoluteUri || recordBaseAddress.Scheme is not ("http" or "https")
            || recordBaseAddress.Query.Length > 0 || recordBaseAddress.Fragment.Length > 0)
        {
            yield return new ValidationError(
                BaseAddressField,
                ValidationRule.Format,
                $"'{recordBaseAddress}' must be an absolute http or https address without query or fragment, " +
                "such as https://portal.example.org/cpd/records/.");
        }

        if (messageIdDomain is not null && !IsDomain(messageIdDomain))
        {
            yield return new ValidationError(
                DomainField, ValidationRule.Format,
                    $"'{messageIdDomain}' is not a domain name such as portal.example.org.");
        }
    }

    public static void ThrowIfInvalid(Uri? recordBaseAddress, string? messageIdDomain)
    {
        var errors = Check(recordBaseAddress, messageIdDomain).ToList();
        if (errors.Count > 0)
        {
            throw new CpdValidationException(errors);
        }
    }

    public static Uri AsDirectory(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");

    private static bool IsDomain(string domain) =>
        domain.Length is > 0 and <= 253
        && domain.Split('.').All(label => label.Length is > 0 and <= 63
            && label.All(character => char.IsAsciiLetterOrDigit(character) || character == '-')
            && label[0] != '-' && label[^1] != '-');
}
