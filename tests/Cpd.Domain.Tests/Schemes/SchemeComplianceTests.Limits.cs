using Cpd.Domain.Schemes;
using NodaTime;

namespace Cpd.Domain.Tests.Schemes;

public sealed partial class SchemeComplianceTests
{
    [Theory]
    [InlineData(-9998, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Evaluate_RegistrationDateOutsideTheCalendarLimits_NamesTheRegistrationDate(
        int year, int month, int day)
    {
        var membership = new SchemeMembership { Registered = new LocalDate(year, month, day) };

        var error = Assert.Throws<CpdValidationException>(
            () => SchemeCompliance.Evaluate(AprilHours, [], membership, new LocalDate(2026, 6, 1)));

        Assert.Equal(("registered", ValidationRule.OutOfRange), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Theory]
    [InlineData(-9998, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Evaluate_TodayOutsideTheCalendarLimits_NamesTheDate(int year, int month, int day)
    {
        var today = new LocalDate(year, month, day);

        var error = Assert.Throws<CpdValidationException>(
            () => SchemeCompliance.Evaluate(AprilHours, [], SchemeMembership.Unregistered, today));

        Assert.Equal(("date", ValidationRule.OutOfRange), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Fact]
    public void Evaluate_ExemptionBeyondTheCalendarLimits_NamesTheExemption()
    {
        var membership = new SchemeMembership
        {
            Exemptions =
            [
                new SchemeExemption(ExemptionKind.CareerBreak, new LocalDate(2026, 1, 1), LocalDate.MaxIsoValue),
            ],
        };

        var error = Assert.Throws<CpdValidationException>(
            () => SchemeCompliance.Evaluate(AprilHours, [], membership, new LocalDate(2026, 6, 1)));

        Assert.Equal(("exemptions[0].end", ValidationRule.OutOfRange), (error.Errors[0].Field, error.Errors[0].Rule));
    }
}
