using Cpd.Domain.Records;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Support;

/// <summary>Changes the details: to valid ones, invalid ones, or the ones stored.</summary>
/// <param name="Details">The details sent; ignored when <paramref name="RepeatStored"/>.</param>
/// <param name="RepeatStored">Send the stored details again.</param>
/// <param name="Revision">The details revision the sitting names.</param>
public sealed record ChangeDetailsCommand(CpdRecordDetails Details, bool RepeatStored, RevisionChoice Revision)
    : RecordCommand
{
    public override CpdRecord Apply(CpdRecord record, FakeClock clock) =>
        record.ChangeDetails(DetailsFor(record), Revisions.Pick(Revision, record.DetailsRevision), clock);

    public override CommandOutcome Expect(CpdRecord record)
    {
        var details = DetailsFor(record);
        if (details.Validate().Count > 0)
        {
            return CommandOutcome.FailsValidation;
        }

        if (details.Normalize() == record.Details)
        {
            return CommandOutcome.ReturnsSame;
        }

        return Revision == RevisionChoice.Current ? CommandOutcome.Changes : CommandOutcome.FailsConflict;
    }

    public override string ToString() =>
        $"Change details to {(RepeatStored ? "the stored ones" : Details.ToString())} at {Revision} revision";

    private CpdRecordDetails DetailsFor(CpdRecord record) => RepeatStored ? record.Details : Details;
}
