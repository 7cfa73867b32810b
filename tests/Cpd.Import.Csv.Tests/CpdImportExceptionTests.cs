using Cpd.Domain;

namespace Cpd.Import.Csv.Tests;

public sealed class CpdImportExceptionTests
{
    [Fact]
    public void Message_OneProblem_NamesItInTheSingular()
    {
        var error = new CsvImportError(4, "Hours", "'x' is not a number.", ValidationRule.Format);

        var refused = new CpdImportException([error]);

        Assert.Equal(
            "1 problem in the CSV file; nothing was imported: line 4, Hours: 'x' is not a number.", refused.Message);
    }

    [Fact]
    public void Message_ManyProblems_ListsTheFirstTenAndCountsTheRest()
    {
        var errors = Enumerable.Range(2, 12).Select(line => new CsvImportError(line, "Title", "A title is required."));

        var refused = new CpdImportException(errors);

        Assert.StartsWith(
            "12 problems in the CSV file; nothing was imported: line 2, Title: A title is required; line 3, Title:",
            refused.Message,
            StringComparison.Ordinal);
        Assert.EndsWith("line 11, Title: A title is required; and 2 more.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(12, refused.Errors.Count);
    }

    [Fact]
    public void Constructor_NoProblems_IsAnArgumentError()
    {
        Assert.Throws<ArgumentException>(() => new CpdImportException([]));
    }

    [Fact]
    public void Exception_IsACpdException_SoHostsCatchItWithTheOthers()
    {
        CpdException refused = new CpdImportException([new CsvImportError(0, "", "The file is too large.")]);

        Assert.IsType<CpdImportException>(refused);
    }
}
