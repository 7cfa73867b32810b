using Cpd.Domain.Records;
using FsCheck;
using FsCheck.Fluent;

namespace Cpd.Reporting.Tests.Support;

/// <summary>
/// Valid records whose titles mix ordinary words with the characters HTML treats specially, entity-like text,
/// bidirectional controls and characters outside the Basic Multilingual Plane.
/// </summary>
public static class RecordArbitraries
{
    private static readonly string[] TitlePieces =
    [
        "Course", "conférence", " ", " ", "-", "<", ">", "&", "\"", "'", "&amp;", "&#60;", "<script>", "</h2>",
        "=", "/", "\u202E", "\u200F", "Ångström", "😀", "日本語", "{{", "}}", "%", "\u00A0",
    ];

    public static Arbitrary<RecordSpec> RecordSpec() =>
        Gen.Choose(1, 12)
            .SelectMany(count => Gen.ArrayOf(Gen.Elements(TitlePieces), count))
            .Select(string.Concat)
            .Where(IsValidTitle)
            .SelectMany(title => Gen.Choose(0, 7).Select(answered => new RecordSpec(title, answered)))
            .ToArbitrary();

    private static bool IsValidTitle(string title) => new CpdRecordDetails { Title = title }.Validate().Count == 0;
}
