using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests;

public sealed class MemberTimeZoneTests
{
    [Theory]
    [InlineData("Europe/London")]
    [InlineData("Pacific/Auckland")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Asia/Kathmandu")]
    [InlineData("UTC")]
    public void Resolve_KnownIanaId_GivesTheZone(string id)
    {
        Assert.Equal(id, MemberTimeZone.Resolve(id).Id);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("GMT Standard Time")]
    [InlineData("europe/london")]
    [InlineData("Europe/London ")]
    [InlineData("+01:00")]
    public void Resolve_UnknownId_ThrowsUnknownTimeZone(string id)
    {
        var error = Assert.Throws<CpdValidationException>(() => MemberTimeZone.Resolve(id));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("timeZone", ValidationRule.UnknownTimeZone), (only.Field, only.Rule));
        Assert.Contains(id, only.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_BlankId_ThrowsRequired(string? id)
    {
        var error = Assert.Throws<CpdValidationException>(() => MemberTimeZone.Resolve(id));

        Assert.Equal(("timeZone", ValidationRule.Required), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Theory]
    [InlineData("Pacific/Auckland", 2026, 12, 4)]
    [InlineData("Europe/London", 2026, 12, 3)]
    [InlineData("America/Los_Angeles", 2026, 12, 3)]
    [InlineData("Pacific/Kiritimati", 2026, 12, 4)]
    [InlineData("Pacific/Pago_Pago", 2026, 12, 3)]
    public void Today_LateEveningInLondon_IsTheMembersOwnDate(string zone, int year, int month, int day)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 3, 23, 30));

        var today = MemberTimeZone.Today(clock, MemberTimeZone.Resolve(zone));

        Assert.Equal(new LocalDate(year, month, day), today);
    }

    [Fact]
    public void Today_EarlyMorningUtcInLosAngeles_IsStillThePreviousDay()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 5, 0));

        var today = MemberTimeZone.Today(clock, MemberTimeZone.Resolve("America/Los_Angeles"));

        Assert.Equal(new LocalDate(2026, 12, 3), today);
    }
}
