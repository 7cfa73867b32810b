using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Cpd.Storage.Tests.Support;

/// <summary>The arbitraries that <c>[Property(Arbitrary = [typeof(StorageArbitraries)])]</c> brings in.</summary>
public static class StorageArbitraries
{
    private static readonly Gen<int[]> Schedule =
        from length in Gen.Choose(0, 12)
        from turns in Gen.ArrayOf(Gen.Choose(0, 1), length)
        select turns;

    /// <summary>Two sittings answering two different questions of one record.</summary>
    public static Arbitrary<TwoAnswers> TwoAnswers() =>
        Arb.From(
            from record in CommandGen.Record.Where(r => r.Framework.Questions.Count >= 2)
            from keys in Gen.Shuffle(record.Framework.Questions.Select(q => q.Key).ToArray())
            from texts in TwoTexts(record, keys[0], keys[1])
            from schedule in Schedule
            select new TwoAnswers(record, keys[0], texts.Item1, keys[1], texts.Item2, schedule));

    /// <summary>Two sittings answering the same question of one record, differently, from the same revision.</summary>
    public static Arbitrary<RivalAnswers> RivalAnswers() =>
        Arb.From(
            from record in CommandGen.Record
            from key in Gen.Elements(record.Framework.Questions.Select(q => q.Key).ToArray())
            from texts in TwoTexts(record, key, key).Where(t => t.Item1 != t.Item2)
            from schedule in Schedule
            select new RivalAnswers(new TwoAnswers(record, key, texts.Item1, key, texts.Item2, schedule)));

    /// <summary>Several members' records in one store.</summary>
    public static Arbitrary<StoredRecords> StoredRecords() =>
        Arb.From(
            from count in Gen.Choose(0, 20)
            from records in Gen.ArrayOf(CommandGen.Record, count)
            select new StoredRecords(records));

    // Texts that differ from what is stored, so that each save is a real change.
    private static Gen<(string, string)> TwoTexts(CpdRecord record, string firstKey, string secondKey) =>
        Gen.Zip(DomainGen.AnswerText, DomainGen.AnswerText)
            .Where(t => t.Item1 != record.AnswerTo(firstKey)?.Text && t.Item2 != record.AnswerTo(secondKey)?.Text);
}
