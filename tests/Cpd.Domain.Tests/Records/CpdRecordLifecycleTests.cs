using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Domain.Tests.Records;

public sealed class CpdRecordLifecycleTests
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 3, 9, 0));

    [Fact]
    public void Create_WithoutAnswers_IsNotStarted()
    {
        var record = TestRecords.New(_clock);

        Assert.Equal(CpdRecordStatus.NotStarted, record.Status);
        Assert.Equal(1, record.Version);
    }
}
