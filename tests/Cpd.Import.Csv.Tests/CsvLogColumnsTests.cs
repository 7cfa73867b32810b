using Cpd.Domain.Frameworks;
using Cpd.Import.Csv.Tests.Support;

namespace Cpd.Import.Csv.Tests;

public sealed class CsvLogColumnsTests
{
    [Fact]
    public void For_DefaultFramework_IsTheHeaderOfAMemberLog()
    {
        var header = File.ReadLines(LogFile.MemberLogPath).First();

        Assert.Equal(header, string.Join(",", CsvLogColumns.For(ReflectionFrameworks.Default)));
    }

    [Fact]
    public void For_AnotherFramework_EndsWithItsQuestionKeys()
    {
        var framework = new ReflectionFramework("short", 1, "Short", [new("what", "What?"), new("why", "Why?")]);

        Assert.Equal(
            ["Title", "Activity date", "Category", "Hours", "Notes", "Reminder date", "what", "why"],
            CsvLogColumns.For(framework));
    }
}
