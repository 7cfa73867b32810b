using Microsoft.Extensions.Options;

namespace Cpd.Hosting;

/// <summary>Checks the pass interval.</summary>
internal sealed class ReminderDispatchServiceOptionsValidator : IValidateOptions<ReminderDispatchServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderDispatchServiceOptions options) =>
        options.Interval >= TimeSpan.FromSeconds(1) && options.Interval <= TimeSpan.FromHours(1)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Cpd reminders: interval must be from 00:00:01 to 01:00:00, not {options.Interval}.");
}
