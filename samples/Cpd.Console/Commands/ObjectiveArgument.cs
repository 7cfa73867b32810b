using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary>The argument that names an objective, shared by the plan commands that act on one.</summary>
internal static class ObjectiveArgument
{
    public static Argument<string> Create() => new("objective")
    {
        Description = "The objective: its id, or #N for its place in 'cpd plan list'.",
    };
}
