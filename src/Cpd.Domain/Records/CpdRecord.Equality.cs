namespace Cpd.Domain.Records;

public sealed partial class CpdRecord : IEquatable<CpdRecord>
{
    /// <summary>Two records are equal when every stored field, every answer and the version are equal.</summary>
    /// <param name="other">The other record.</param>
    /// <returns><see langword="true"/> when the records hold the same data.</returns>
    public bool Equals(CpdRecord? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (SameIdentity(other) && SameContent(other)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CpdRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version);

    private bool SameIdentity(CpdRecord other) =>
        Id == other.Id && MemberId == other.MemberId && Framework.Equals(other.Framework) && Version == other.Version;

    private bool SameContent(CpdRecord other) =>
        Details == other.Details
        && DetailsRevision == other.DetailsRevision
        && Status == other.Status
        && CreatedAt == other.CreatedAt
        && UpdatedAt == other.UpdatedAt
        && _answers.Count == other._answers.Count
        && _answers.All(pair => other._answers.TryGetValue(pair.Key, out var answer) && pair.Value == answer);
}
