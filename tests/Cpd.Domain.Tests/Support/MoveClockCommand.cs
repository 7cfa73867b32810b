using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Support;

/// <summary>Moves the clock forward, or back as a corrected server clock does; the record is untouched.</summary>
/// <param name="By">How far to move it.</param>
public sealed record MoveClockCommand(Duration By) : RecordCommand
{
    public override CpdRecord Apply(CpdRecord record, FakeClock clock)
    {
        clock.Advance(By);
        return record;
    }

    public override CommandOutcome Expect(CpdRecord record) => CommandOutcome.ReturnsSame;

    public override string ToString() => $"Move the clock by {By}";
}
