using System.Globalization;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Reporting.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Reporting.Tests;

public sealed partial class CpdReportRendererTests
{
    private static readonly string[] CsvFixedColumns =
    [
        "Id", "Title", "Status", "Overdue", "Activity date", "Category", "Hours", "Reminder date", "Notes", "Framework",
        "Framework version", "Created at", "Updated at",
    ];

    public static TheoryData<string> FormulaLikeTexts =>
    [
        "=1+1",
        "=HYPERLINK(\"https://example.invalid\",\"Open\")",
        "+44 20 7946 0000",
        "-40 °C chamber",
        "@SUM(A1:A9)",
        "'Tis the season",
        "'=already quoted",
        "''",
        "Plain, with a comma",
    ];

    [Fact]
    public void Render_Csv_SampleLog_ReadsBackFieldByFieldWithCsvHelper()
    {
        var records = SampleLog.Read(_clock);

        var csv = CsvReport.Read(RenderCsv(TestRecords.Report(records, _clock)));

        Assert.Equal([.. CsvFixedColumns, .. ReflectionFrameworks.Default.Questions.Select(q => q.Key)], csv.Headers);
        Assert.Equal(records.Count, csv.Rows.Count);
        foreach (var (record, row) in records.Zip(csv.Rows))
        {
            AssertRowHolds(record, row);
        }
    }

    [Fact]
    public void Render_Csv_SampleLog_NeutralisesTheTitleThatStartsWithAMinus()
    {
        var csv = CsvReport.Read(RenderCsv(TestRecords.Report(SampleLog.Read(_clock), _clock)));

        var title = Assert.Single(csv.Rows, row => row["Title"].Contains("°C", StringComparison.Ordinal))["Title"];
        Assert.Equal("'-40 °C environmental chamber commissioning", title);
    }

    [Theory]
    [MemberData(nameof(FormulaLikeTexts))]
    [MemberData(nameof(HostileTexts))]
    public void Render_Csv_HostileOrFormulaLikeText_RoundTripsAndNeverStartsAsAFormula(string text)
    {
        var answers = ReflectionFrameworks.Default.Questions.ToDictionary(question => question.Key, _ => text);
        var details = new CpdRecordDetails { Title = text, Category = text, Notes = text };
        var record = TestRecords.Create(1, details, _clock, answers);

        var row = Assert.Single(CsvReport.Read(RenderCsv(TestRecords.Report([record], _clock))).Rows);

        AssertRowHolds(record, row);
        Assert.All(row.Values, field => Assert.False(StartsAsFormula(field), $"'{field}' reads as a formula."));
    }

    [Theory]
    [InlineData("\tTabbed start")]
    [InlineData("\rCarriage return start")]
    [InlineData("\nLine feed start")]
    [InlineData("First line\r\nsecond, \"quoted\" line\nthird line\r")]
    [InlineData("日本語のメモ 😀 Ångström — \u202Eevil\u202C")]
    public void Render_Csv_MultiLineAndUnicodeNotesAndAnswers_RoundTripExactly(string text)
    {
        var details = new CpdRecordDetails { Title = "Notes test", Notes = text };
        var record = TestRecords.Create(1, details, _clock, new Dictionary<string, string> { ["learning"] = text });

        var row = Assert.Single(CsvReport.Read(RenderCsv(TestRecords.Report([record], _clock))).Rows);

        Assert.Equal(text, CsvReport.Value(row["Notes"]));
        Assert.Equal(text, CsvReport.Value(row["learning"]));
        Assert.False(StartsAsFormula(row["Notes"]));
    }

    [Fact]
    public void Render_Csv_AnyReport_EndsEveryRowWithCrLfAndKeepsLineBreaksInsideFields()
    {
        var record = TestRecords.Create(1, new CpdRecordDetails { Title = "Two lines", Notes = "one\ntwo" }, _clock);

        var csv = RenderCsv(TestRecords.Report([record, TestRecords.Titled(2, "Plain", _clock)], _clock));

        var rows = csv.Split("\r\n");
        Assert.Equal(4, rows.Length);
        Assert.Equal(string.Empty, rows[^1]);
        Assert.Contains("\"one\ntwo\"", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Csv_NoRecords_WritesTheHeaderRowOnly()
    {
        var csv = RenderCsv(TestRecords.Report([], _clock));

        Assert.Equal(string.Join(',', CsvFixedColumns) + "\r\n", csv);
    }

    [Fact]
    public void Render_Csv_InAnotherCulture_KeepsInvariantNumbersAndIsoDates()
    {
        var details = new CpdRecordDetails
        {
            Title = "Course", Hours = 1234.5m, ActivityDate = new LocalDate(2025, 5, 2),
        };
        var report = TestRecords.Report([TestRecords.Create(1, details, _clock)], _clock);
        var french = new CpdReportOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };

        var row = Assert.Single(CsvReport.Read(Render(report, CpdReportFormat.Csv, french)).Rows);

        Assert.Equal(("1234.5", "2025-05-02"), (row["Hours"], row["Activity date"]));
        Assert.Equal(RenderCsv(report), Render(report, CpdReportFormat.Csv, french));
    }

    private static string RenderCsv(CpdReport report) =>
        Render(report, CpdReportFormat.Csv);

    private static bool StartsAsFormula(string field) => field.Length > 0 && "=+-@\t\r".Contains(field[0]);

    private void AssertRowHolds(CpdRecord record, IReadOnlyDictionary<string, string> row)
    {
        var today = MemberTimeZone.Today(_clock, TestRecords.London);
        Assert.Equal(record.Id.ToString(), row["Id"]);
        Assert.Equal(record.Title, CsvReport.Value(row["Title"]));
        Assert.Equal(Reporting.Model.ReportText.StatusLabel(record.Status), row["Status"]);
        Assert.Equal(record.IsOverdueOn(today) ? "Yes" : "No", row["Overdue"]);
        Assert.Equal(IsoOrEmpty(record.ActivityDate), row["Activity date"]);
        Assert.Equal(record.Category ?? string.Empty, CsvReport.Value(row["Category"]));
        Assert.Equal(
            record.Hours, row["Hours"].Length == 0 ? null : decimal.Parse(row["Hours"], CultureInfo.InvariantCulture));
        Assert.Equal(IsoOrEmpty(record.ReminderDate), row["Reminder date"]);
        Assert.Equal(record.Notes, CsvReport.Value(row["Notes"]));
        Assert.Equal((record.Framework.Id, record.Framework.Version.ToString(CultureInfo.InvariantCulture)),
            (row["Framework"], row["Framework version"]));
        Assert.Equal(InstantPattern.ExtendedIso.Format(record.CreatedAt), row["Created at"]);
        Assert.Equal(InstantPattern.ExtendedIso.Format(record.UpdatedAt), row["Updated at"]);
        Assert.All(record.Framework.Questions, question => Assert.Equal(
            record.AnswerTo(question.Key)?.Text ?? string.Empty, CsvReport.Value(row[question.Key])));
    }

    private static string IsoOrEmpty(LocalDate? date) =>
        date is { } value ? LocalDatePattern.Iso.Format(value) : string.Empty;
}
