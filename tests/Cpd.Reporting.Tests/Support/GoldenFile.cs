using System.Reflection;

namespace Cpd.Reporting.Tests.Support;

/// <summary>
/// Compares output with a committed file under <c>Golden/</c>, byte for byte. On a mismatch the actual output is
/// written next to it as <c>NAME.actual.EXT</c> (ignored by git) so the two can be compared; setting the environment
/// variable <c>CPD_UPDATE_GOLDEN=1</c> rewrites the golden file instead, for a change that is meant.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "CPD_UPDATE_GOLDEN";

    private static readonly string GoldenDirectory = typeof(GoldenFile).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "GoldenDirectory")
        .Value!;

    /// <param name="fileName">The golden file's name, such as <c>cpd-report.html</c>.</param>
    /// <param name="actual">The output to compare.</param>
    public static void AssertMatches(string fileName, string actual)
    {
        var expectedPath = Path.Combine(GoldenDirectory, fileName);
        var actualPath = Path.Combine(
            GoldenDirectory, Path.GetFileNameWithoutExtension(fileName) + ".actual" + Path.GetExtension(fileName));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(expectedPath, actual);
            File.Delete(actualPath);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        Assert.Fail(Describe(expectedPath, actualPath, expected, actual));
    }

    private static string Describe(string expectedPath, string actualPath, string? expected, string actual)
    {
        var advice = $"The actual output is in {actualPath}. If the change is intended, run the tests again with "
            + $"{UpdateVariable}=1 and commit the golden file.";
        if (expected is null)
        {
            return $"The golden file {expectedPath} does not exist. {advice}";
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => !string.Equals(LineAt(expectedLines, i), LineAt(actualLines, i), StringComparison.Ordinal));
        return $"The report differs from {expectedPath} first at line {line + 1}.{Environment.NewLine}"
            + $"  expected: {LineAt(expectedLines, line) ?? "(end of file)"}{Environment.NewLine}"
            + $"  actual:   {LineAt(actualLines, line) ?? "(end of file)"}{Environment.NewLine}{advice}";
    }

    private static string? LineAt(string[] lines, int index) => index < lines.Length ? lines[index] : null;
}
