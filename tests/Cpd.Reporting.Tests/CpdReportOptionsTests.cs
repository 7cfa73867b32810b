using System.Globalization;
using Cpd.Domain;
using NodaTime;

namespace Cpd.Reporting.Tests;

public sealed class CpdReportOptionsTests
{
    [Fact]
    public void Default_ShowsEveryRecordInTheInvariantCulture()
    {
        var options = CpdReportOptions.Default;

        Assert.False(options.IsFiltered);
        Assert.Same(CultureInfo.InvariantCulture, options.Culture);
        Assert.Empty(options.Statuses);
        Assert.Equal(CpdReportOptions.DefaultMaxOutputCharacters, options.MaxOutputCharacters);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void IsFiltered_AnyBoundOrStatus_IsTrue()
    {
        Assert.True(new CpdReportOptions { From = new LocalDate(2025, 1, 1) }.IsFiltered);
        Assert.True(new CpdReportOptions { To = new LocalDate(2025, 1, 1) }.IsFiltered);
        Assert.True(new CpdReportOptions { Statuses = [CpdReportStatusFilter.Overdue] }.IsFiltered);
    }

    [Fact]
    public void Validate_OneDayRange_IsValid()
    {
        var day = new LocalDate(2025, 6, 1);

        Assert.Empty(new CpdReportOptions { From = day, To = day }.Validate());
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedWithItsFieldAndRule()
    {
        var options = new CpdReportOptions
        {
            From = new LocalDate(2025, 6, 2),
            To = new LocalDate(2025, 6, 1),
            Statuses = [(CpdReportStatusFilter)99],
            Culture = null!,
            MaxOutputCharacters = 0,
        };

        var errors = options.Validate();

        Assert.Equal(
            [
                ("to", ValidationRule.OutOfRange),
                ("statuses", ValidationRule.Format),
                ("culture", ValidationRule.Required),
                ("maxOutputCharacters", ValidationRule.OutOfRange),
            ],
            errors.Select(error => (error.Field, error.Rule)));
    }
}
