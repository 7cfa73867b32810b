using Cpd.Domain;
using Cpd.Reminders.Templating;
using NodaTime;

namespace Cpd.Reminders.Dispatch;

/// <summary>The checks on <see cref="ReminderDispatchOptions"/>.</summary>
internal static class DispatchOptionRules
{
    private const int DispatcherIdMaxLength = 200;

    public static IReadOnlyList<ValidationError> Check(ReminderDispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationError?[] errors =
        [
            Range("lease", options.Lease, Duration.FromMinutes(1), Duration.FromDays(1)),
            Range("batchSize", options.BatchSize, 1, ReminderDispatchOptions.MaxBatchSize),
            CheckDispatcherId(options.DispatcherId),
            Range("sendAttempts", options.SendAttempts, 1, ReminderDispatchOptions.MaxSendAttempts),
            Range("sendRetryDelay", options.SendRetryDelay, Duration.Zero, Duration.FromMinutes(1)),
            Range("retryDelay", options.RetryDelay, Duration.FromSeconds(1), Duration.FromDays(1)),
            Range("maxRetryDelay", options.MaxRetryDelay, options.RetryDelay, Duration.FromDays(7)),
        ];
        return
        [
            .. ReminderAddressRules.Check(options.RecordBaseAddress, options.MessageIdDomain),
            .. errors.OfType<ValidationError>(),
        ];
    }

    private static ValidationError? CheckDispatcherId(string? dispatcherId)
    {
        const string Field = "dispatcherId";
        if (string.IsNullOrWhiteSpace(dispatcherId))
        {
            return new ValidationError(Field, ValidationRule.Required, "A dispatcher id is required.");
        }

        if (dispatcherId.Length > DispatcherIdMaxLength)
        {
            return new ValidationError(
                Field, ValidationRule.MaxLength,
                    $"A dispatcher id must be at most {DispatcherIdMaxLength} characters.");
        }

        return dispatcherId.Any(char.IsControl)
            ? new ValidationError(Field, ValidationRule.ControlCharacters, "A dispatcher id must be one line of text.")
            : null;
    }

    private static ValidationError? Range<T>(string field, T value, T min, T max)
        where T : IComparable<T> =>
        value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0
            ? null
            : new ValidationError(field, ValidationRule.OutOfRange,
                $"{field} must be from {min} to {max}, not {value}.");
}
