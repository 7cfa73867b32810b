using System.CommandLine;

namespace Cpd.Console.Commands;

/// <summary>
/// <c>cpd plan from-next-steps</c>: turns what a member said they will do next into a new objective or a planned
/// record, in one step.
/// </summary>
internal static class PlanFromNextStepsCommand
{
    public static Command Create(CommandContext context)
    {
        var record = RecordArgument.Create();
        var kind = new Option<string>("--as")
        {
            Description = "What to make of the next steps: objective (the default) or record.",
            DefaultValueFactory = _ => "objective",
        };
        kind.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("objective" or "record") and var given)
            {
                result.AddError($"--as {given} is not known: use --as objective or --as record.");
            }
        });
        var command = new Command(
            "from-next-steps", "Turn a record's next steps into a new objective or a planned record.") { record, kind };
        context.SetAction(command, async (parse, session, cancellationToken) =>
        {
            var source = await RecordReference.ResolveAsync(session, parse.GetValue(record)!, cancellationToken);
            var planner = session.Planner();
            if (parse.GetValue(kind) == "record")
            {
                var planned = await planner.PlanRecordFromNextStepsAsync(
                    session.Member, source.Id, cancellationToken: cancellationToken);
                await session.Output.WriteLineAsync($"Planned record {planned.Id}: {planned.Title}");
                return;
            }

            var objective = await planner.ObjectiveFromNextStepsAsync(
                session.Member, source.Id, cancellationToken: cancellationToken);
            await session.Output.WriteLineAsync($"Set objective {objective.Id}: {objective.Title}");
        });
        return command;
    }
}
