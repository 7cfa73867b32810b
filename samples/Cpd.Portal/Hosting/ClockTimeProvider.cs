using NodaTime;

namespace Cpd.Portal.Hosting;

/// <summary>
/// Lets ASP.NET Core read the time from the portal's NodaTime clock, so that sign-in expiry follows the same
/// clock as the records (a test's fake clock expires a sign-in as it passes).
/// </summary>
public sealed class ClockTimeProvider : TimeProvider
{
    private readonly IClock _clock;

    /// <summary>Creates the provider.</summary>
    /// <param name="clock">The clock to read.</param>
    public ClockTimeProvider(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _clock.GetCurrentInstant().ToDateTimeOffset();
}
