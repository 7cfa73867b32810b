using System.Collections.Immutable;
using Cpd.Domain.Records;

namespace Cpd.Domain.Tests.Support;

/// <summary>
/// A record's state compared field by field, answers included, so that two states that hold the same data
/// are equal even when their answer dictionaries are different objects.
/// </summary>
public sealed record RecordSnapshot(
    CpdRecordState Fields, ImmutableArray<(string Key, ReflectionAnswer Answer)> Answers)
{
    private static readonly IReadOnlyDictionary<string, ReflectionAnswer> NoAnswers =
        ImmutableDictionary<string, ReflectionAnswer>.Empty;

    public static RecordSnapshot Of(CpdRecordState state) =>
        new(
            state with { Answers = NoAnswers },
            [.. state.Answers.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))]);

    public bool Equals(RecordSnapshot? other) =>
        other is not null && Fields == other.Fields && Answers.SequenceEqual(other.Answers);

    public override int GetHashCode() => Fields.GetHashCode();
}
