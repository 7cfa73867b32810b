using Cpd.Reminders;
using Microsoft.Extensions.Options;

namespace Cpd.Hosting;

/// <summary>
/// Checks bound <see cref="ReminderDispatchOptions"/> with the library's own rules, so a host fails at start, not at
/// the first pass.
/// </summary>
internal sealed class ReminderDispatchOptionsValidator : IValidateOptions<ReminderDispatchOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderDispatchOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(error => $"Cpd reminders: {error}"));
    }
}
