using Cpd.Domain.Records;

namespace Cpd.Domain.Tests.Support;

/// <summary>A record whose next-steps question holds an answer as a member might type it, long or short.</summary>
/// <param name="Source">The record.</param>
public sealed record NextStepsCase(CpdRecord Source)
{
    public string Answer => Source.AnswerTo("next-steps")!.Text;

    public override string ToString() => $"next steps of {Answer.Length} chars: {Answer}";
}
