using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Reporting.Tests.Support;

/// <summary>What a generated record holds: a title and how many of the default questions are answered.</summary>
public sealed record RecordSpec(string Title, int Answered)
{
    internal CpdRecord ToRecord(int number, IClock clock) => TestRecords.Titled(number, Title, clock, Answered);
}
