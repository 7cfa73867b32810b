using System.Collections;
using System.Collections.Immutable;

namespace Cpd.Domain.Planning;

/// <summary>
/// The development objectives a record serves: a set of <see cref="ObjectiveId"/> in a stable order, compared by
/// value so that two records linked to the same objectives have equal details.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ObjectiveSet : IReadOnlyCollection<ObjectiveId>, IEquatable<ObjectiveSet>
{
    private static readonly IComparer<ObjectiveId> Order =
        Comparer<ObjectiveId>.Create((left, right) => left.Value.CompareTo(right.Value));

    private readonly ImmutableSortedSet<ObjectiveId> _ids;

    private ObjectiveSet(ImmutableSortedSet<ObjectiveId> ids) => _ids = ids;

    /// <summary>Gets the links of a record that serves no objective.</summary>
    public static ObjectiveSet None { get; } = new(ImmutableSortedSet.Create(Order));

    /// <inheritdoc />
    public int Count => _ids.Count;

    /// <summary>Creates links to the given objectives; an objective named twice is linked once.</summary>
    /// <param name="ids">The objectives served.</param>
    /// <returns>The links.</returns>
    public static ObjectiveSet Of(IEnumerable<ObjectiveId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var set = ids.ToImmutableSortedSet(Order);
        return set.IsEmpty ? None : new ObjectiveSet(set);
    }

    /// <summary>Creates links to the given objectives.</summary>
    /// <param name="ids">The objectives served.</param>
    /// <returns>The links.</returns>
    public static ObjectiveSet Of(params ObjectiveId[] ids) => Of((IEnumerable<ObjectiveId>)ids);

    /// <summary>Tells whether the record serves an objective.</summary>
    /// <param name="id">The objective.</param>
    /// <returns><see langword="true"/> when linked.</returns>
    public bool Contains(ObjectiveId id) => _ids.Contains(id);

    /// <summary>Returns these links with one more objective.</summary>
    /// <param name="id">The objective to link.</param>
    /// <returns>The new links; these when already linked.</returns>
    public ObjectiveSet With(ObjectiveId id) => Contains(id) ? this : new ObjectiveSet(_ids.Add(id));

    /// <summary>Returns these links without an objective.</summary>
    /// <param name="id">The objective to unlink.</param>
    /// <returns>The new links; these when not linked.</returns>
    public ObjectiveSet Without(ObjectiveId id) => Contains(id) ? Of(_ids.Remove(id)) : this;

    /// <inheritdoc />
    public IEnumerator<ObjectiveId> GetEnumerator() => _ids.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ObjectiveSet? other) =>
        other is not null && (ReferenceEquals(this, other) || _ids.SetEquals(other._ids));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObjectiveSet);

    /// <inheritdoc />
    public override int GetHashCode() => _ids.Aggregate(_ids.Count, (hash, id) => HashCode.Combine(hash, id));

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _ids);
}
