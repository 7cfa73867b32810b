namespace Cpd.Storage.Tests.Support;

/// <summary>Two sittings saving different texts for the same question, from the same revision.</summary>
/// <param name="Sittings">The sittings; their keys are the same.</param>
public sealed record RivalAnswers(TwoAnswers Sittings)
{
    public override string ToString() => Sittings.ToString();
}
