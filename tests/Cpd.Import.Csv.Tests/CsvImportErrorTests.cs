namespace Cpd.Import.Csv.Tests;

public sealed class CsvImportErrorTests
{
    [Theory]
    [InlineData(4, "Hours", "line 4, Hours: Bad.")]
    [InlineData(7, "", "line 7: Bad.")]
    [InlineData(0, "", "Bad.")]
    public void ToString_NamesTheLineAndColumnWhenThereAreOnes(int line, string column, string expected)
    {
        Assert.Equal(expected, new CsvImportError(line, column, "Bad.").ToString());
    }
}
