using Cpd.Domain;
using Cpd.Domain.Schemes;

namespace Cpd.Schemes.Tests;

public sealed class SchemeReaderTests
{
    private const string Minimal = """
        {
          "format": "cpd-scheme/1",
          "id": "body-scheme",
          "name": "A body's scheme",
          "version": 2,
          "framework": { "id": "cpd-reflection", "version": 1 },
          "unit": "records",
          "earning": { "per": "record", "rate": 1 },
          "cycle": { "lengthMonths": 12, "anchor": "fixed", "month": 11, "day": 1 },
          "categories": [
            { "id": "any", "name": "Any activity", "accepts": ["Professional", "Work-based"], "minimum": 4 }
          ]
        }
        """;

    [Fact]
    public void Read_MinimalFile_FillsTheDefaults()
    {
        var scheme = SchemeReader.Read(Minimal, "body.json");

        Assert.Equal(("body-scheme", 2, CreditUnit.Records), (scheme.Id, scheme.Version, scheme.Unit));
        Assert.Equal(new SchemeCycle(12, CycleAnchorKind.FixedDate, 11, 1), scheme.Cycle);
        Assert.Equal("Any activity", scheme.Categories[0].Phrase);
        Assert.True(scheme.Definition.CompletedOnly);
        Assert.Null(scheme.Definition.CarryForward);
    }

    [Fact]
    public void Read_RecordsScheme_CountsOneCreditPerRecordWithTheUnitInTheSentence()
    {
        var scheme = SchemeReader.Read(Minimal, "body.json");

        var result = SchemeCompliance.Evaluate(scheme, MemberLog.Records, SchemeMembership.Unregistered, MemberLog.Today);

        // From 1 November 2026: #27 Professional (complete) counts; #28 Work-based and #30 are incomplete.
        Assert.Equal(1m, result.Total);
        Assert.Equal("3 more records of Any activity by 31 October 2027 (1 of 4 so far).", result.Rules[0].Message);
    }

    [Fact]
    public void Read_UnknownField_NamesItsPath()
    {
        var error = Refused(Minimal.Replace("\"unit\"", "\"units\": \"x\", \"unit\"", StringComparison.Ordinal));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(ValidationRule.Format, problem.Rule);
        Assert.Contains("not part of a scheme file", problem.Message, StringComparison.Ordinal);
        Assert.Equal("body.json", error.SchemeId);
    }

    [Fact]
    public void Read_UnknownFormatVersion_IsRefused()
    {
        var error = Refused(Minimal.Replace("cpd-scheme/1", "cpd-scheme/2", StringComparison.Ordinal));

        Assert.Equal(("$.format", ValidationRule.OutOfRange), Only(error));
    }

    [Fact]
    public void Read_WrongType_NamesThePathAndLine()
    {
        var error = Refused(Minimal.Replace("\"version\": 2", "\"version\": \"two\"", StringComparison.Ordinal));

        Assert.Equal(("$.version", ValidationRule.Format), Only(error));
        Assert.Contains("line 5", error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFieldsAndUnknownWords_ListsEveryOne()
    {
        var json = Minimal
            .Replace("\"name\": \"A body's scheme\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"records\"", "\"minutes\"", StringComparison.Ordinal)
            .Replace("\"fixed\"", "\"monthly\"", StringComparison.Ordinal);

        var error = Refused(json);

        Assert.Equal(
            [("$.name", ValidationRule.Required), ("$.unit", ValidationRule.OutOfRange), ("$.cycle.anchor", ValidationRule.OutOfRange)],
            error.Errors.Select(e => (e.Field, e.Rule)));
    }

    [Fact]
    public void Read_BrokenRule_NamesTheJsonPath()
    {
        var error = Refused(Minimal.Replace("\"minimum\": 4", "\"minimum\": -4", StringComparison.Ordinal));

        Assert.Equal(("$.categories[0].minimum", ValidationRule.OutOfRange), Only(error));
    }

    [Fact]
    public void Read_NotJson_IsRefusedAsFormat()
    {
        var error = Refused("id: body-scheme");

        Assert.Equal(ValidationRule.Format, Only(error).Rule);
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_IsRefused()
    {
        using var stream = new MemoryStream(new byte[SchemeReader.MaxFileBytes + 1]);

        var error = Assert.Throws<CpdSchemeException>(() => SchemeReader.Read(stream, "huge.json"));

        Assert.Equal(ValidationRule.MaxLength, Only(error).Rule);
    }

    [Fact]
    public void ReadFile_ShippedFileOnDisk_ReadsTheSameSchemeAsTheCatalog()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scheme-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Minimal);
        try
        {
            Assert.Equal("body-scheme", SchemeReader.ReadFile(path).Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\"rate\": 1 }", "\"rate\": 1e400 }", "$.earning.rate")]
    [InlineData("\"lengthMonths\": 12", "\"lengthMonths\": 99999999999", "$.cycle.lengthMonths")]
    [InlineData("\"minimum\": 4", "\"minimum\": 79228162514264337593543950335", "$.categories[0].minimum")]
    [InlineData("\"lengthMonths\": 12", "\"lengthMonths\": 1000", "$.cycle.lengthMonths")]
    [InlineData("\"lengthMonths\": 12", "\"lengthMonths\": 0", "$.cycle.lengthMonths")]
    [InlineData("\"month\": 11, \"day\": 1", "\"month\": 2, \"day\": 31", "$.cycle.day")]
    public void Read_HostileNumber_NamesTheFieldWithoutARawException(string from, string to, string field)
    {
        var error = Refused(Minimal.Replace(from, to, StringComparison.Ordinal));

        Assert.StartsWith(field, Assert.Single(error.Errors).Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeeplyNestedJson_IsRefusedAsFormat()
    {
        var nested = new string('[', 10_000) + new string(']', 10_000);

        var error = Refused(Minimal.Replace("\"Professional\"", nested, StringComparison.Ordinal));

        Assert.Equal(ValidationRule.Format, Assert.Single(error.Errors).Rule);
    }

    private static CpdSchemeException Refused(string json) =>
        Assert.Throws<CpdSchemeException>(() => SchemeReader.Read(json, "body.json"));

    private static (string Field, ValidationRule Rule) Only(CpdSchemeException error)
    {
        var problem = Assert.Single(error.Errors);
        return (problem.Field, problem.Rule);
    }
}
