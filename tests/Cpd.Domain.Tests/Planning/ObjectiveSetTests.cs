using Cpd.Domain.Planning;
using FsCheck.Xunit;

namespace Cpd.Domain.Tests.Planning;

public sealed class ObjectiveSetTests
{
    private static readonly ObjectiveId First = new(Guid.Parse("0193a5a0-0000-7000-8000-000000000001"));
    private static readonly ObjectiveId Second = new(Guid.Parse("0193a5a0-0000-7000-8000-000000000002"));

    [Fact]
    public void Of_SameObjectivesInAnyOrder_AreEqual()
    {
        var forward = ObjectiveSet.Of(First, Second);
        var backward = ObjectiveSet.Of(Second, First, Second);

        Assert.Equal(forward, backward);
        Assert.Equal(forward.GetHashCode(), backward.GetHashCode());
        Assert.Equal(2, backward.Count);
    }

    [Fact]
    public void Of_NoObjectives_IsNone()
    {
        Assert.Same(ObjectiveSet.None, ObjectiveSet.Of());
        Assert.Empty(ObjectiveSet.None);
    }

    [Fact]
    public void With_AlreadyLinked_ReturnsSameSet()
    {
        var set = ObjectiveSet.Of(First);

        Assert.Same(set, set.With(First));
        Assert.Equal(ObjectiveSet.Of(First, Second), set.With(Second));
    }

    [Fact]
    public void Without_LastObjective_IsNone()
    {
        var set = ObjectiveSet.Of(First);

        Assert.Same(ObjectiveSet.None, set.Without(First));
        Assert.Same(set, set.Without(Second));
    }

    [Property]
    public bool Of_AnyIds_HoldsEachDistinctIdOnce(Guid[] ids)
    {
        var set = ObjectiveSet.Of(ids.Select(id => new ObjectiveId(id)));

        return set.Count == ids.Distinct().Count() && ids.All(id => set.Contains(new ObjectiveId(id)));
    }
}
