using Cpd.Domain.Records;

namespace Cpd.Domain.Schemes;

/// <summary>A record that counts in a cycle, the scheme category it counts in and what it earns.</summary>
internal sealed record CountedRecord(CpdRecord Record, SchemeCategory Category, decimal Credits);
