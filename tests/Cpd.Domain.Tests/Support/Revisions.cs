using Cpd.Domain.Records;

namespace Cpd.Domain.Tests.Support;

/// <summary>Turns a <see cref="RevisionChoice"/> into the number a sitting sends.</summary>
public static class Revisions
{
    public static long Pick(RevisionChoice choice, long current) => choice switch
    {
        RevisionChoice.Current => current,
        RevisionChoice.None => CpdRecord.NoRevision,
        _ => current + 1,
    };
}
