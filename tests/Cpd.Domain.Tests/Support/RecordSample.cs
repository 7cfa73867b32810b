using Cpd.Domain.Records;

namespace Cpd.Domain.Tests.Support;

/// <summary>Any valid record, in any state of its lifecycle.</summary>
/// <param name="Record">The record.</param>
public sealed record RecordSample(CpdRecord Record)
{
    public override string ToString() =>
        $"{Record} with {Record.Answers.Count} answers, details {Record.Details}";
}
