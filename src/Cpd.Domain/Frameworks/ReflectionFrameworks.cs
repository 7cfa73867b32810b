namespace Cpd.Domain.Frameworks;

/// <summary>The frameworks that ship with the library.</summary>
public static class ReflectionFrameworks
{
    /// <summary>The identifier of the default framework.</summary>
    public const string DefaultId = "cpd-reflection";

    /// <summary>
    /// Gets the default seven reflective questions (version 1): activity, purpose, learning, practice,
    /// beneficiaries, evaluation and next steps.
    /// </summary>
    public static ReflectionFramework Default { get; } = new(
        DefaultId,
        1,
        "Seven-question reflection",
        [
            new("activity", "What did you do?"),
            new("purpose", "Why did you do it: what need or goal did it serve?"),
            new("learning", "What did you learn or gain from it?"),
            new("practice", "How has it improved, or how will it improve, the quality of your work?"),
            new("beneficiaries", "How has it benefited the people who use or rely on your work?"),
            new("evaluation", "Looking back, how well did it work for you, and what would you do differently?"),
            new("next-steps", "What will you do next as a result?"),
        ]);
}
