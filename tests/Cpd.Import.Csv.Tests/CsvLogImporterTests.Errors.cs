using System.Text;
using Cpd.Domain;
using Cpd.Domain.Records;
using Cpd.Import.Csv.Tests.Support;

namespace Cpd.Import.Csv.Tests;

public sealed partial class CsvLogImporterTests
{
    private static readonly string SeveralBadRows = LogFile.Lines(
        "Title,Activity date,Hours,Notes,learning",
        "Good one,2026-01-01,1,,",
        "Multi-line notes,2026-01-02,2,\"first line",
        "second line",
        "third line\",",
        "Bad hours,2026-01-03,2h,,",
        ",2026-01-04,1,,",
        "Bad date,18/03/2025,1,,\"an answer",
        "over two lines\"",
        "Two problems,2026-13-40,-1,,",
        "Short row,2026-01-05",
        "Fine again,2026-01-06,3,,Learnt");

    [Fact]
    public void Read_SeveralBadRows_ReportsEachWithItsLineAndColumn()
    {
        var refused = Refuse(SeveralBadRows);

        Assert.Equal(
            [
                (6, "Hours", ValidationRule.Format),
                (7, "Title", ValidationRule.Required),
                (8, "Activity date", ValidationRule.Format),
                (10, "Activity date", ValidationRule.Format),
                (10, "Hours", ValidationRule.OutOfRange),
                (11, "", ValidationRule.Format),
            ],
            refused.Errors.Select(e => (e.Line, e.Column, e.Rule ?? (ValidationRule)(-1))));
    }

    [Fact]
    public void Read_SeveralBadRows_SummarisesEveryProblemInTheMessage()
    {
        var refused = Refuse(SeveralBadRows);

        Assert.StartsWith(
            "6 problems in the CSV file; nothing was imported: "
            + "line 6, Hours: '2h' is not a number of hours such as 2 or 1.5 (write decimals with a full stop); "
            + "line 7, Title: A title is required; line 8, Activity date: '18/03/2025' is not a date",
            refused.Message,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "line 11: The record has 2 fields but the header has 5 columns; "
            + "check for a comma in a field that is not quoted, or a missing field.",
            refused.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralBadRowsWithCrLf_ReportsTheSameLines()
    {
        var refused = Refuse(SeveralBadRows.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal([6, 7, 8, 10, 10, 11], refused.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Read_AfterEmptyLines_ReportsThePhysicalLine()
    {
        var refused = Refuse(LogFile.Lines("Title,Hours", "", "First,1", "", "Second,x"));

        Assert.Equal(5, Assert.Single(refused.Errors).Line);
    }

    [Fact]
    public void Read_DomainRules_AreReportedUnderTheColumnAsWritten()
    {
        var longTitle = new string('t', CpdRecordLimits.TitleMaxLength + 1);
        var longAnswer = new string('a', CpdRecordLimits.AnswerMaxLength + 1);
        var text = LogFile.Lines(
            "TITLE,hours,Reminder DATE,NOTES,Learning,category",
            $"{longTitle},1.234,1899-12-31,\"bell \u0007\",{longAnswer},\"two\nlines\"",
            "\"tab\there\",2000.01,,,,");

        var refused = Refuse(text);

        Assert.Equal(
            [
                (2, "TITLE", ValidationRule.MaxLength),
                (2, "hours", ValidationRule.Precision),
                (2, "Reminder DATE", ValidationRule.OutOfRange),
                (2, "NOTES", ValidationRule.ControlCharacters),
                (2, "Learning", ValidationRule.MaxLength),
                (2, "category", ValidationRule.ControlCharacters),
                (4, "TITLE", ValidationRule.ControlCharacters),
                (4, "hours", ValidationRule.OutOfRange),
            ],
            refused.Errors.Select(e => (e.Line, e.Column, e.Rule ?? (ValidationRule)(-1))));
    }

    [Fact]
    public void Read_NotesLongerThanAllowed_IsRefused()
    {
        var notes = new string('n', CpdRecordLimits.NotesMaxLength + 1);

        var refused = Refuse(LogFile.Lines("Title,Notes", $"Course,{notes}"));

        Assert.Equal(("Notes", ValidationRule.MaxLength), Single(refused));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1e2")]
    [InlineData("two")]
    [InlineData("1 000")]
    public void Read_HoursNotADecimalWithAFullStop_IsAFormatError(string hours)
    {
        var refused = Refuse(LogFile.Lines("Title,Hours", $"Course,\"{hours}\""));

        Assert.Equal(("Hours", ValidationRule.Format), Single(refused));
    }

    [Theory]
    [InlineData("2026-3-18")]
    [InlineData("18/03/2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-03-18T10:00")]
    public void Read_DateNotIsoYearMonthDay_IsAFormatError(string date)
    {
        var refused = Refuse(LogFile.Lines("Title,Activity date", $"Course,{date}"));

        Assert.Equal(("Activity date", ValidationRule.Format), Single(refused));
    }

    [Fact]
    public void Read_LongBadValue_IsShortenedInTheMessage()
    {
        var refused = Refuse(LogFile.Lines("Title,Hours", $"Course,{new string('x', 500)}"));

        var message = Assert.Single(refused.Errors).Message;
        Assert.Contains($"'{new string('x', 40)}…' is not a number", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithoutTitle_IsRefusedBeforeTheRecords()
    {
        var refused = Refuse(LogFile.Lines("Name,Hours", "Course,x"));

        Assert.Equal(
            [(1, "Name", ValidationRule.UnknownQuestion), (1, "Title", ValidationRule.Required)],
            refused.Errors.Select(e => (e.Line, e.Column, e.Rule ?? (ValidationRule)(-1))));
    }

    [Fact]
    public void Read_MisspeltQuestionColumn_IsNamedWithTheColumnsExpected()
    {
        var refused = Refuse(LogFile.Lines("Title,lerning", "Course,Something"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((1, "lerning", ValidationRule.UnknownQuestion), (error.Line, error.Column, error.Rule));
        Assert.Contains("'lerning' is not a column of a CPD log", error.Message, StringComparison.Ordinal);
        Assert.Contains("Reminder date, activity, purpose, learning,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SemicolonSeparatedFile_SaysToUseCommas()
    {
        var refused = Refuse(LogFile.Lines("Title;Hours", "Course;2"));

        Assert.Contains("semicolons or tabs", refused.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedColumn_IsReportedWithBothPositions()
    {
        var refused = Refuse(LogFile.Lines("Title,Hours,hours", "Course,1,2"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((1, "hours", ValidationRule.Duplicate), (error.Line, error.Column, error.Rule));
        Assert.Contains("columns 2 and 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnnamedColumn_IsReported()
    {
        var refused = Refuse(LogFile.Lines("Title,Hours,", "Course,1,"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((1, "", ValidationRule.Required), (error.Line, error.Column, error.Rule));
        Assert.Contains("Column 3 has no name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderProblemsAndRowProblems_AreAllReported()
    {
        var refused = Refuse(LogFile.Lines("Title,Hours,Extra", "Course,x,1", ",1,2"));

        Assert.Equal(
            [(1, "Extra"), (2, "Hours"), (3, "Title")],
            refused.Errors.Select(e => (e.Line, e.Column)));
    }

    [Theory]
    [InlineData("Course,1,2", "3 fields")]
    [InlineData("Course", "1 fields")]
    public void Read_RecordWithWrongFieldCount_IsReported(string row, string count)
    {
        var refused = Refuse(LogFile.Lines("Title,Hours", "Fine,1", row));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((3, "", ValidationRule.Format), (error.Line, error.Column, error.Rule));
        Assert.Contains($"has {count} but the header has 2 columns", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Course,5 o\"clock", "quote inside a field that is not quoted")]
    [InlineData("\"Course\" 2,5", "text after the closing quote")]
    public void Read_MalformedQuoting_IsReportedAndTheRestStillChecked(string row, string what)
    {
        var refused = Refuse(LogFile.Lines("Title,Notes", row, ",fine"));

        Assert.Equal([(2, ""), (3, "Title")], refused.Errors.Select(e => (e.Line, e.Column)));
        Assert.Contains(what, refused.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuoteNeverClosed_IsReportedAtTheLineItOpens()
    {
        var refused = Refuse(LogFile.Lines("Title,Notes", "Fine,1", "Course,\"open", "Next,2", "Last,3"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((3, ""), (error.Line, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedHeader_IsRefused()
    {
        var refused = Refuse(LogFile.Lines("Title,\"Hours\"x", "Course,1"));

        Assert.Equal((1, ""), (Assert.Single(refused.Errors).Line, refused.Errors[0].Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFF")]
    public void Read_EmptyFile_IsRefused(string text)
    {
        var refused = Refuse(text);

        var error = Assert.Single(refused.Errors);
        Assert.Equal((1, ValidationRule.Required), (error.Line, error.Rule));
        Assert.StartsWith("The file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_IsRefused()
    {
        var refused = Refuse(LogFile.DefaultHeader + "\r\n");

        Assert.Contains("no records", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1Bytes_AreRefusedAsNotUtf8WithTheirLine()
    {
        var bytes = Encoding.Latin1.GetBytes(LogFile.Lines("Title,Notes", "Course,fine", "Caf\u00e9 talk,"));

        var refused = Assert.Throws<CpdImportException>(() => _importer.Read(new MemoryStream(bytes), Member));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((3, "", ValidationRule.InvalidText), (error.Line, error.Column, error.Rule));
        Assert.Contains("the byte sequence E9 is not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16File_IsRefusedAsNotUtf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(LogFile.Lines("Title", "Course")));

        var refused = Assert.Throws<CpdImportException>(() => _importer.Read(new MemoryStream([.. bytes]), Member));

        Assert.Equal(ValidationRule.InvalidText, Assert.Single(refused.Errors).Rule);
    }

    [Fact]
    public void Read_TextWithABrokenCharacter_IsRefusedWithItsLine()
    {
        var text = LogFile.Lines("Title", "Course", "Broken \uD800 title");

        var refused = Assert.Throws<CpdImportException>(() => _importer.Read(new StringReader(text), Member));

        Assert.Equal((3, ValidationRule.InvalidText), (Assert.Single(refused.Errors).Line, refused.Errors[0].Rule));
    }

    [Fact]
    public void Read_AsManyRecordsAsAllowed_AreImported()
    {
        var text = "Title\n" + string.Concat(Enumerable.Repeat("Course\n", CsvImportLimits.MaxRecords));

        var records = _importer.Read(LogFile.Utf8(text), Member);

        Assert.Equal(CsvImportLimits.MaxRecords, records.Count);
    }

    [Fact]
    public void Read_MoreRecordsThanAllowed_IsRefusedAtTheFirstRecordTooMany()
    {
        var text = "Title\n" + string.Concat(Enumerable.Repeat("Course\n", CsvImportLimits.MaxRecords + 1));

        var refused = Refuse(text);

        var error = Assert.Single(refused.Errors);
        Assert.Equal((CsvImportLimits.MaxRecords + 2, ValidationRule.MaxLength), (error.Line, error.Rule));
        Assert.Contains("more than 10,000 records", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileLargerThanAllowed_IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(LogOfSize(CsvImportLimits.MaxFileBytes + 1));

        var refused = Assert.Throws<CpdImportException>(() => _importer.Read(new MemoryStream(bytes), Member));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((0, "", ValidationRule.MaxLength), (error.Line, error.Column, error.Rule));
        Assert.Equal(
            "1 problem in the CSV file; nothing was imported: "
            + "The file is larger than 32 MiB; split it into smaller files.",
            refused.Message);
    }

    [Fact]
    public void Read_TextLargerThanAllowed_IsRefused()
    {
        var text = LogOfSize(CsvImportLimits.MaxFileBytes + 1);

        var refused = Assert.Throws<CpdImportException>(() => _importer.Read(new StringReader(text), Member));

        Assert.Equal(ValidationRule.MaxLength, Assert.Single(refused.Errors).Rule);
    }

    [Fact]
    public void Read_FileAtTheSizeLimit_IsImported()
    {
        var bytes = Encoding.UTF8.GetBytes(LogOfSize(CsvImportLimits.MaxFileBytes));

        var records = _importer.Read(new MemoryStream(bytes), Member);

        Assert.Equal(CsvImportLimits.MaxFileBytes, bytes.Length);
        Assert.Equal(bytes.Length, "Title,Notes\n".Length + records.Sum(r => "Course,\n".Length + r.Notes.Length));
    }

    [Fact]
    public void Read_TextOfMultiByteCharactersOverTheLimit_IsMeasuredInUtf8()
    {
        var text = "Title,Notes\n" + string.Concat(Enumerable.Repeat($"C,{new string('é', 10_000)}\n", 1_800));

        var refused = Assert.Throws<CpdImportException>(() => _importer.Read(new StringReader(text), Member));

        Assert.True(text.Length < CsvImportLimits.MaxFileBytes);
        Assert.Equal((0, ValidationRule.MaxLength), (Assert.Single(refused.Errors).Line, refused.Errors[0].Rule));
    }

    private static (string Column, ValidationRule? Rule) Single(CpdImportException refused)
    {
        var error = Assert.Single(refused.Errors);
        return (error.Column, error.Rule);
    }

    /// <summary>A log of exactly <paramref name="size"/> bytes of ASCII, each note within its limit.</summary>
    private static string LogOfSize(int size)
    {
        const int RecordSize = 10_000;
        var text = new StringBuilder("Title,Notes\n");
        while (size - text.Length > 2 * RecordSize)
        {
            text.Append("Course,").Append('n', RecordSize - 8).Append('\n');
        }

        var lastNotes = size - text.Length - "Course,\n".Length;
        return text.Append("Course,").Append('n', lastNotes).Append('\n').ToString();
    }

    private CpdImportException Refuse(string text) =>
        Assert.Throws<CpdImportException>(() => _importer.Read(LogFile.Utf8(text), Member));
}
