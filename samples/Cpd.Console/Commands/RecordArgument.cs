using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary>The argument that names a record, shared by the commands that act on one.</summary>
internal static class RecordArgument
{
    public static Argument<string> Create() => new("record")
    {
        Description = "The record: its id, or #N for its place in 'cpd list'.",
    };
}
