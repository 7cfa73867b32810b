using Cpd.Domain.Frameworks;
using Cpd.Import.Csv.Tests.Support;
using FsCheck.Xunit;

namespace Cpd.Import.Csv.Tests;

public sealed partial class CsvLogImporterTests
{
    private static readonly IReadOnlyList<string> Header = CsvLogColumns.For(ReflectionFrameworks.Default);

    [Property(Arbitrary = [typeof(LogArbitraries)])]
    public void Read_AnyValidLogWrittenByCsvHelper_GivesBackTheSameDetailsAndAnswers(ValidLog log)
    {
        var rows = log.Entries.Select(entry => entry.ToFields(ReflectionFrameworks.Default));
        var written = LogFile.Write(Header, rows, log.NewLine);

        var records = _importer.Read(LogFile.Utf8(written.Text, log.ByteOrderMark), Member);

        Assert.Equal(log.Entries.Select(e => e.Details), records.Select(r => r.Details));
        Assert.Equal(
            log.Entries.Select(e => e.Answers.OrderBy(pair => pair.Key, StringComparer.Ordinal)),
            records.Select(r => AnswerTexts(r).OrderBy(pair => pair.Key, StringComparer.Ordinal)));
    }

    [Property(Arbitrary = [typeof(LogArbitraries)])]
    public void Read_LogWithAnyOneBadRecord_IsRefusedWholeAtThatRecord(LogWithOneBadRecord log)
    {
        var rows = log.Entries.Select((entry, index) =>
        {
            var fields = entry.ToFields(ReflectionFrameworks.Default);
            return index == log.BadIndex ? log.Corruption.Apply(fields) : fields;
        });
        var written = LogFile.Write(Header, rows, log.NewLine);

        var refused = Assert.Throws<CpdImportException>(() => _importer.Read(LogFile.Utf8(written.Text), Member));

        Assert.NotEmpty(refused.Errors);
        Assert.All(refused.Errors, error =>
            Assert.Equal((written.RecordLines[log.BadIndex], log.Corruption.Column), (error.Line, error.Column)));
    }
}
