using NodaTime;

namespace Cpd.Domain.Records;

/// <summary>A saved answer to one reflective question.</summary>
/// <param name="Text">The answer exactly as the member typed it.</param>
/// <param name="SavedAt">When it was saved.</param>
/// <param name="Revision">
/// The record version that saved it. A sitting that edits the answer passes this back, so that an answer
/// changed meanwhile elsewhere is never silently overwritten.
/// </param>
public sealed record ReflectionAnswer(string Text, Instant SavedAt, long Revision);
