namespace Cpd.Domain.Frameworks;

/// <summary>One reflective question of a framework.</summary>
/// <param name="Key">A stable key such as <c>learning</c>: lower-case letters, digits and hyphens.</param>
/// <param name="Text">The question as the member reads it.</param>
public sealed record ReflectionQuestion(string Key, string Text);
