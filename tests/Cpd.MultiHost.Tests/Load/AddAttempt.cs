namespace Cpd.MultiHost.Tests.Load;

/// <summary>One record a member added, with the id the host redirected to, or what went wrong.</summary>
internal sealed record AddAttempt(string Title, Guid? RecordId, TimeSpan Latency, bool Measured, string? Problem);
