using System.Collections;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
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
        var model = ReportModel.Build(TestRecords.Report(SampleLog.Read(_clock), _clock), CpdReportOptions.Default);

        Assert.All(Leaves(model.Globals), value => Assert.True(
            value is null or string or int or long or decimal or bool,
            $"The model exposes a {value?.GetType().FullName} to the template."));
    }

    [Fact]
    public void Build_AnyReport_ExposesOnlyReportSummaryRecordsPlanAndCompliance()
    {
        var report = TestRecords.Report([TestRecords.Titled(1, "Reading", _clock)], _clock);

        var model = ReportModel.Build(report, CpdReportOptions.Default);

        Assert.Equal(
            ["compliance", "plan", "records", "report", "summary"], model.Globals.Keys.Order(StringComparer.Ordinal));
        Assert.Null(model.Globals["plan"]);
        Assert.Empty(Member<ScriptArray>(model.Globals, "compliance"));
    }

    [Fact]
    public void Iterations_SampleLog_CountsEachRecordWithItsQuestionsAndColumnsAndEachColumn()
    {
        var records = SampleLog.Read(_clock);

        var model = ReportModel.Build(TestRecords.Report(records, _clock), CpdReportOptions.Default);

        Assert.Equal((records.Count * (1 + 7 + 7)) + 1 + 7, model.Iterations);
        Assert.Equal(records.Count, model.RecordCount);
    }

    [Fact]
    public void Build_RecordsOfTwoFrameworks_HasOneColumnPerQuestionKeyAndAnswersInColumnOrder()
    {
        var other = new ReflectionFramework(
            "short", 1, "Short form", [new("learning", "What did you learn?"), new("impact", "What changed?")]);
        var first = TestRecords.Titled(1, "Default framework", _clock, answered: 3);
        var second = CpdRecord.Create(
            TestRecords.Id(2), TestRecords.Member, other, new CpdRecordDetails { Title = "Short" }, _clock,
            new Dictionary<string, string> { ["impact"] = "Faster reviews" });

        var model = ReportModel.Build(TestRecords.Report([first, second], _clock), CpdReportOptions.Default);

        var columns = Member<ScriptArray>(Member<ScriptObject>(model.Globals, "report"), "question_columns");
        var keys = columns.Cast<ScriptObject>().Select(column => Member<string>(column, "key")).ToList();
        Assert.Equal([.. ReflectionFrameworks.Default.Questions.Select(question => question.Key), "impact"], keys);
        var shortRecord = (ScriptObject)Member<ScriptArray>(model.Globals, "records")[1]!;
        var answers = Member<ScriptArray>(shortRecord, "column_answers");
        Assert.Equal([null, null, null, null, null, null, null, "Faster reviews"], answers.Cast<string?>());
    }

    private static T Member<T>(ScriptObject model, string name) => Assert.IsType<T>(model[name]);

    private static IEnumerable<object?> Leaves(object? value) => value switch
    {
        ScriptObject model => model.Values.SelectMany(Leaves),
        ScriptArray array => array.Cast<object?>().SelectMany(Leaves),
        IEnumerable and not string => throw new InvalidOperationException($"Unexpected collection {value.GetType()}."),
        _ => [value],
    };
}
