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

    public static Arbitrary<SelectionCase> SelectionCase() =>
        (from count in Gen.Choose(0, 25)
         from records in Gen.ArrayOf(RecordCase(), count)
         from bounds in Gen.Two(OptionalDays(25))
         from statusCount in Gen.Choose(0, 5)
         from statuses in Gen.ArrayOf(Gen.Elements(Enum.GetValues<CpdReportStatusFilter>()), statusCount)
         select new SelectionCase(records, Min(bounds), Max(bounds), statuses))
        .ToArbitrary();

    private static Gen<RecordCase> RecordCase() =>
        from answered in Gen.Elements(0, 0, 1, 3, 6, 7, 7)
        from activity in OptionalDays(20)
        from reminder in OptionalDays(5)
        from created in Gen.Choose(-20, 0)
        select new RecordCase(answered, activity, reminder, created);

    private static Gen<int?> OptionalDays(int range) =>
        Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-range, range).Select(days => (int?)days));

    // A range whose ends were generated the wrong way round is swapped, so that every generated range is valid.
    private static int? Min((int?, int?) bounds) =>
        bounds is ({ } a, { } b) ? Math.Min(a, b) : bounds.Item1;

    private static int? Max((int?, int?) bounds) =>
        bounds is ({ } a, { } b) ? Math.Max(a, b) : bounds.Item2;

    private static bool IsValidTitle(string title) => new CpdRecordDetails { Title = title }.Validate().Count == 0;
}
