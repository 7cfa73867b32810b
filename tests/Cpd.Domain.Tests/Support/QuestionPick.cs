using Cpd.Domain.Frameworks;

namespace Cpd.Domain.Tests.Support;

/// <summary>A question a command names: one of the framework's (by position), or a key it does not have.</summary>
/// <param name="Index">Which of the framework's questions, modulo their number.</param>
/// <param name="UnknownKey">A key that no generated framework has, or <see langword="null"/>.</param>
public sealed record QuestionPick(int Index, string? UnknownKey)
{
    public string KeyIn(ReflectionFramework framework) =>
        UnknownKey ?? framework.Questions[Index % framework.Questions.Count].Key;

    public override string ToString() => UnknownKey is null ? $"question #{Index}" : $"unknown '{UnknownKey}'";
}
