using System.Collections;
using Cpd.Reporting.Model;
using Cpd.Reporting.Tests.Support;
using NodaTime.Testing;
using Scriban.Runtime;

namespace Cpd.Reporting.Tests.Model;

public sealed class ReportModelTests
{
    private readonly FakeClock _clock = TestRecords.NewClock();

    [Fact]
    public void Build_SampleLog_HoldsOnlyPlainValues()
    {
        var model = ReportModel.Build(TestRecords.Report(SampleLog.Read(_clock), _clock));

        Assert.All(Leaves(model), value => Assert.True(
            value is null or string or int or bool,
            $"The model exposes a {value?.GetType().FullName} to the template."));
    }

    [Fact]
    public void Build_AnyReport_ExposesOnlyReportSummaryAndRecords()
    {
        var model = ReportModel.Build(TestRecords.Report([TestRecords.Titled(1, "Reading", _clock)], _clock));

        Assert.Equal(["records", "report", "summary"], model.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Iterations_SampleLog_CountsEachRecordAndEachOfItsQuestions()
    {
        var records = SampleLog.Read(_clock);

        var iterations = ReportModel.Iterations(TestRecords.Report(records, _clock));

        Assert.Equal(records.Count * 8, iterations);
    }

    private static IEnumerable<object?> Leaves(object? value) => value switch
    {
        ScriptObject model => model.Values.SelectMany(Leaves),
        ScriptArray array => array.Cast<object?>().SelectMany(Leaves),
        IEnumerable and not string => throw new InvalidOperationException($"Unexpected collection {value.GetType()}."),
        _ => [value],
    };
}
