using Cpd.Domain.Records;

namespace Cpd.Domain.Tests.Support;

/// <summary>A record and one command to send it, often one the rules refuse.</summary>
/// <param name="Record">The record.</param>
/// <param name="Command">The command.</param>
public sealed record RefusableCommand(CpdRecord Record, RecordCommand Command)
{
    public override string ToString() =>
        $"{Command} on {Record} with answers [{string.Join(", ", Record.Answers.Keys)}]";
}
