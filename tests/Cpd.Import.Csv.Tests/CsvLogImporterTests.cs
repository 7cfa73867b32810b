using System.Text;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Import.Csv.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Import.Csv.Tests;

public sealed partial class CsvLogImporterTests
{
    private static readonly MemberId Member = MemberId.From("member-1");
    private static readonly LocalDate Today = new(2026, 12, 3);
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 3, 9, 0);

    private readonly FakeClock _clock = new(Now);
    private readonly CsvLogImporter _importer;

    public CsvLogImporterTests() => _importer = new CsvLogImporter(ReflectionFrameworks.Default, _clock);

    [Fact]
    public void Read_MemberLog_GivesEveryRecordWithTheExpectedSummary()
    {
        var records = ReadMemberLog();

        Assert.Equal(31, records.Count);
        Assert.Equal(new CpdSummary(31, 17, 8, 6, 6, 197m), CpdSummary.Of(records, Today));
    }

    [Fact]
    public void Read_MemberLog_CreatesNewRecordsForTheMemberInFileOrder()
    {
        var records = ReadMemberLog();

        Assert.All(records, record =>
        {
            Assert.Equal(Member, record.MemberId);
            Assert.Equal(ReflectionFrameworks.Default, record.Framework);
            Assert.Equal(1, record.Version);
            Assert.Equal(Now, record.CreatedAt);
        });
        Assert.Equal(records.Count, records.Select(record => record.Id).Distinct().Count());
        Assert.Equal("Institute conference: Quantum Technologies Showcase", records[0].Title);
        Assert.Equal("-40 °C environmental chamber commissioning", records[^1].Title);
    }

    [Fact]
    public void Read_MemberLog_CompletedRecordHasEveryFieldExactly()
    {
        var record = ReadMemberLog()[0];

        AssertDetails(
            new CpdRecordDetails
            {
                Title = "Institute conference: Quantum Technologies Showcase",
                ActivityDate = new LocalDate(2025, 3, 18),
                Category = "Professional",
                Hours = 14m,
            },
            record);
        Assert.Equal(CpdRecordStatus.Completed, record.Status);
        Assert.Equal(
            "Cold-atom gravimeters now reach field-usable stability; the limit is vibration isolation, not the atoms.",
            record.AnswerTo("learning")?.Text);
        Assert.Equal(
            "The bid team and, if funded, the survey partners who will use the instrument.",
            record.AnswerTo("beneficiaries")?.Text);
        Assert.Equal(Now, record.AnswerTo("activity")?.SavedAt);
    }

    [Fact]
    public void Read_MemberLog_KeepsTheLineBreakOfAMultiLineAnswer()
    {
        var record = ReadMemberLog().Single(r => r.Title == "Leading a root-cause analysis of a cryostat failure");

        Assert.Equal(
            "A '5 whys' session surfaced a maintenance interval that had silently lapsed.\n"
            + "Second finding: the alarm went to a mailbox nobody reads.",
            record.AnswerTo("learning")?.Text);
        AssertDetails(
            new CpdRecordDetails
            {
                Title = "Leading a root-cause analysis of a cryostat failure",
                ActivityDate = new LocalDate(2026, 1, 14),
                Category = "Work-based",
                Hours = 12m,
            },
            record);
        Assert.Equal(CpdRecordStatus.Completed, record.Status);
    }

    [Fact]
    public void Read_MemberLog_InProgressRecordWithUnicodeTitleAndReminder()
    {
        var record = ReadMemberLog()[12];

        AssertDetails(
            new CpdRecordDetails
            {
                Title = "Attended Photon 2026 — Ångström-scale imaging session",
                ActivityDate = new LocalDate(2026, 3, 9),
                Category = "Professional",
                Hours = 7m,
                ReminderDate = new LocalDate(2026, 9, 1),
            },
            record);
        Assert.Equal(["next-steps"], record.UnansweredQuestions.Select(q => q.Key));
        Assert.Equal(CpdRecordStatus.InProgress, record.Status);
        Assert.True(record.IsOverdueOn(Today));
    }

    [Fact]
    public void Read_MemberLog_NotStartedRecordWithGreekLetter()
    {
        var record = ReadMemberLog().Single(r => r.Title.Contains('μ', StringComparison.Ordinal));

        AssertDetails(
            new CpdRecordDetails
            {
                Title = "Podcast series on the history of the μ-meson discovery",
                ActivityDate = new LocalDate(2026, 7, 30),
                Category = "Informal",
                Hours = 2m,
            },
            record);
        Assert.Empty(record.Answers);
        Assert.Equal(CpdRecordStatus.NotStarted, record.Status);
    }

    [Fact]
    public void Read_MemberLog_QuotedTitleAndDashesAreKept()
    {
        var records = ReadMemberLog();

        Assert.Equal("Writing a technical note: \"Thermal drift in interferometers, revisited\"", records[16].Title);
        Assert.Equal("Journal club: 'Topological insulators – a primer' (led discussion)", records[20].Title);
        Assert.Equal("Self-study: group theory refresher (chapters 1–4)", records[11].Title);
    }

    [Fact]
    public void Read_MemberLog_TitleStartingWithMinusSignIsText()
    {
        var record = ReadMemberLog()[^1];

        AssertDetails(
            new CpdRecordDetails
            {
                Title = "-40 °C environmental chamber commissioning",
                ActivityDate = new LocalDate(2026, 10, 28),
                Category = "Work-based",
                Hours = 7.5m,
            },
            record);
        Assert.Equal(
            "Commissioned a new environmental chamber down to -40 °C with the supplier's engineer.",
            record.AnswerTo("activity")?.Text);
        Assert.Equal(CpdRecordStatus.Completed, record.Status);
    }

    [Fact]
    public void Read_MemberLog_NotesAndPartialAnswersAreKept()
    {
        var record = ReadMemberLog()[6];

        AssertDetails(
            new CpdRecordDetails
            {
                Title = "STEM ambassador visit: Year 10 physics club",
                ActivityDate = new LocalDate(2025, 10, 8),
                Category = "Informal",
                Hours = 2.5m,
                Notes = "Kids loved the cloud chamber. Write up properly.",
                ReminderDate = new LocalDate(2027, 1, 10),
            },
            record);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["activity"] = "Ran a cloud chamber demonstration and a careers chat at a local school.",
                ["purpose"] = "I want to encourage pupils, especially girls, to take A-level physics.",
            },
            AnswerTexts(record));
        Assert.False(record.IsOverdueOn(Today));
    }

    [Fact]
    public void Read_WithByteOrderMark_GivesTheSameRecords()
    {
        var text = File.ReadAllText(LogFile.MemberLogPath);

        var withMark = _importer.Read(LogFile.Utf8(text, byteOrderMark: true), Member);
        var without = _importer.Read(LogFile.Utf8(text), Member);

        Assert.Equal(31, withMark.Count);
        AssertSameContent(without, withMark);
    }

    [Fact]
    public void Read_WithCrLfLineEndings_GivesTheSameRecords()
    {
        var lf = File.ReadAllText(LogFile.MemberLogPath);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var fromLf = _importer.Read(LogFile.Utf8(lf), Member);
        var fromCrLf = _importer.Read(LogFile.Utf8(crlf), Member);

        Assert.Equal(31, fromCrLf.Count);
        Assert.Equal(fromLf.Select(r => r.Details), fromCrLf.Select(r => r.Details));
        var cryostat = fromCrLf.Single(r => r.Title.Contains("cryostat", StringComparison.Ordinal));
        Assert.Contains("lapsed.\r\nSecond finding", cryostat.AnswerTo("learning")?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithCrLineEndings_ReadsEveryRecord()
    {
        var text = LogFile.Lines(
            "Title,Hours,learning", "First,1,\"Line one", "line two\"", "Second,2,").Replace('\n', '\r');

        var records = _importer.Read(LogFile.Utf8(text), Member);

        Assert.Equal(["First", "Second"], records.Select(r => r.Title));
        Assert.Equal("Line one\rline two", records[0].AnswerTo("learning")?.Text);
    }

    [Fact]
    public void Read_HeaderInAnyCaseWithSpaces_MapsEveryColumn()
    {
        var text = LogFile.Lines(
            " TITLE ,activity DATE,category,  Hours,NOTES,Reminder Date,Activity,PURPOSE,Next-Steps",
            "Seminar,2026-02-01,Informal,1.25,Bring slides,2026-03-01,Listened,Curiosity,Read the paper");

        var record = Assert.Single(_importer.Read(LogFile.Utf8(text), Member));

        AssertDetails(
            new CpdRecordDetails
            {
                Title = "Seminar",
                ActivityDate = new LocalDate(2026, 2, 1),
                Category = "Informal",
                Hours = 1.25m,
                Notes = "Bring slides",
                ReminderDate = new LocalDate(2026, 3, 1),
            },
            record);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["activity"] = "Listened",
                ["purpose"] = "Curiosity",
                ["next-steps"] = "Read the paper",
            },
            AnswerTexts(record));
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderOrLeftOut_AreMappedByName()
    {
        var text = LogFile.Lines("learning,Title", "Something new,Webinar");

        var record = Assert.Single(_importer.Read(LogFile.Utf8(text), Member));

        Assert.Equal(new CpdRecordDetails { Title = "Webinar" }, record.Details);
        Assert.Equal("Something new", record.AnswerTo("learning")?.Text);
    }

    [Fact]
    public void Read_QuotedFieldsWithQuotesCommasAndLineBreaks_AreKeptExactly()
    {
        var text = LogFile.Lines(
            "Title,Notes,evaluation",
            "\"Talk: \"\"Lasers, safely\"\"\",\"First line, with comma",
            "  second line \"\"quoted\"\"\",\"\"\"\"");

        var record = Assert.Single(_importer.Read(LogFile.Utf8(text), Member));

        Assert.Equal("Talk: \"Lasers, safely\"", record.Title);
        Assert.Equal("First line, with comma\n  second line \"quoted\"", record.Notes);
        Assert.Equal("\"", record.AnswerTo("evaluation")?.Text);
    }

    [Fact]
    public void Read_CellsThatLookLikeSpreadsheetFormulas_AreKeptAsPlainText()
    {
        var text = LogFile.Lines(
            "Title,Category,Notes,learning",
            "\"=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\",@SUM(1+1),+cmd|' /C calc'!A0,-2+3");

        var record = Assert.Single(_importer.Read(LogFile.Utf8(text), Member));

        Assert.Equal("=HYPERLINK(\"http://evil.example\";\"x\")", record.Title);
        Assert.Equal("@SUM(1+1)", record.Category);
        Assert.Equal("+cmd|' /C calc'!A0", record.Notes);
        Assert.Equal("-2+3", record.AnswerTo("learning")?.Text);
    }

    [Fact]
    public void Read_BlankCells_MeanNoValue()
    {
        var text = LogFile.Lines(LogFile.DefaultHeader, "  Course  ,, ,  ,   ,,\"  \",Why,,,,,");

        var record = Assert.Single(_importer.Read(LogFile.Utf8(text), Member));

        Assert.Equal(new CpdRecordDetails { Title = "Course" }, record.Details);
        Assert.Equal(["purpose"], record.Answers.Keys);
    }

    [Fact]
    public void Read_AnswerWithSurroundingSpaces_IsKeptAsWritten()
    {
        var text = LogFile.Lines("Title,learning", "Course,\"  indented\n\"");

        var record = Assert.Single(_importer.Read(LogFile.Utf8(text), Member));

        Assert.Equal("  indented\n", record.AnswerTo("learning")?.Text);
    }

    [Fact]
    public void Read_DatesAndHoursWithSurroundingSpaces_AreRead()
    {
        var text = LogFile.Lines("Title,Activity date,Hours", "Course, 2026-05-01 , 3.5 ");

        var record = Assert.Single(_importer.Read(LogFile.Utf8(text), Member));

        Assert.Equal(new LocalDate(2026, 5, 1), record.ActivityDate);
        Assert.Equal(3.5m, record.Hours);
    }

    [Fact]
    public void Read_EmptyLinesBetweenRecords_AreSkipped()
    {
        var text = LogFile.Lines("Title", "", "First", "", "", "Second", "");

        var records = _importer.Read(LogFile.Utf8(text), Member);

        Assert.Equal(["First", "Second"], records.Select(r => r.Title));
    }

    [Fact]
    public void Read_TextReader_GivesTheSameRecordsAsTheStream()
    {
        using var text = new StreamReader(LogFile.MemberLogPath, Encoding.UTF8);

        var fromText = _importer.Read(text, Member);

        AssertSameContent(ReadMemberLog(), fromText);
    }

    [Fact]
    public async Task ReadAsync_Stream_GivesTheSameRecordsAsRead()
    {
        await using var file = File.OpenRead(LogFile.MemberLogPath);

        var records = await _importer.ReadAsync(file, Member, TestContext.Current.CancellationToken);

        AssertSameContent(ReadMemberLog(), records);
    }

    [Fact]
    public void Read_FrameworkOfTheHost_NamesTheAnswerColumns()
    {
        var framework = new ReflectionFramework(
            "short", 2, "Short", [new("what", "What did you do?"), new("next", "What next?")]);
        var importer = new CsvLogImporter(framework, _clock);
        var text = LogFile.Lines("Title,what,next", "Course,Studied,Practise");

        var record = Assert.Single(importer.Read(LogFile.Utf8(text), Member));

        Assert.Equal(framework, record.Framework);
        Assert.Equal(CpdRecordStatus.Completed, record.Status);
    }

    [Fact]
    public void Read_UninitialisedMember_IsAnArgumentError()
    {
        using var csv = LogFile.Utf8(LogFile.Lines("Title", "Course"));

        Assert.Throws<ArgumentException>(() => _importer.Read(csv, default));
    }

    private static Dictionary<string, string> AnswerTexts(CpdRecord record) =>
        record.Answers.ToDictionary(pair => pair.Key, pair => pair.Value.Text);

    private static void AssertDetails(CpdRecordDetails expected, CpdRecord record) =>
        Assert.Equal(expected, record.Details);

    private static void AssertSameContent(IReadOnlyList<CpdRecord> expected, IReadOnlyList<CpdRecord> actual)
    {
        Assert.Equal(expected.Select(r => r.Details), actual.Select(r => r.Details));
        Assert.Equal(expected.Select(AnswerTexts), actual.Select(AnswerTexts));
    }

    private List<CpdRecord> ReadMemberLog()
    {
        using var file = File.OpenRead(LogFile.MemberLogPath);
        return [.. _importer.Read(file, Member)];
    }
}
