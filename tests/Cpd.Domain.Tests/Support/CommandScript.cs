using Cpd.Domain.Records;

namespace Cpd.Domain.Tests.Support;

/// <summary>A record and a run of commands to send it, one after another, in one sitting.</summary>
/// <param name="Record">The record the script starts from.</param>
/// <param name="Commands">The commands, legal and illegal.</param>
public sealed record CommandScript(CpdRecord Record, IReadOnlyList<RecordCommand> Commands)
{
    public override string ToString() =>
        $"{Record} against {Record.Framework} ({Record.Framework.Questions.Count} questions):"
        + string.Concat(Commands.Select((command, i) => $"{Environment.NewLine}  {i + 1}. {command}"));
}
