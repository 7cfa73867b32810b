using System.Collections.ObjectModel;

namespace Cpd.Domain.Frameworks;

/// <summary>
/// A versioned set of reflective questions. A record keeps the framework version it was created with, so a
/// body can change its questions without corrupting old records: a changed set of questions is a new version.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ReflectionFramework : IEquatable<ReflectionFramework>
{
    /// <summary>The longest question key accepted, in characters.</summary>
    public const int MaxKeyLength = 64;

    private readonly Dictionary<string, ReflectionQuestion> _byKey;

    /// <summary>Creates a framework.</summary>
    /// <param name="id">A stable identifier, such as <c>cpd-reflection</c>.</param>
    /// <param name="version">The version of the question set, from 1.</param>
    /// <param name="name">A display name.</param>
    /// <param name="questions">The questions in the order members answer them; at least one, keys unique.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public ReflectionFramework(string id, int version, string name, IEnumerable<ReflectionQuestion> questions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);

        var list = questions.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A reflection framework needs at least one question.", nameof(questions));
        }

        _byKey = new Dictionary<string, ReflectionQuestion>(StringComparer.Ordinal);
        foreach (var question in list)
        {
            CheckQuestion(question);
            if (!_byKey.TryAdd(question.Key, question))
            {
                throw new ArgumentException($"The question key '{question.Key}' appears twice.", nameof(questions));
            }
        }

        Id = id;
        Version = version;
        Name = name;
        Questions = new ReadOnlyCollection<ReflectionQuestion>(list);
    }

    /// <summary>Gets the framework's stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the version of the question set.</summary>
    public int Version { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the questions, in the order members answer them.</summary>
    public IReadOnlyList<ReflectionQuestion> Questions { get; }

    /// <summary>Finds a question by its key (exact, ordinal match).</summary>
    /// <param name="key">The question key.</param>
    /// <returns>The question, or <see langword="null"/> when the framework has no such key.</returns>
    public ReflectionQuestion? FindQuestion(string key) =>
        _byKey.GetValueOrDefault(key ?? throw new ArgumentNullException(nameof(key)));

    /// <summary>Tells whether the framework has a question with this key.</summary>
    /// <param name="key">The question key.</param>
    /// <returns><see langword="true"/> when the key is one of the framework's.</returns>
    public bool HasQuestion(string key) => FindQuestion(key) is not null;

    /// <summary>Two frameworks are equal when they have the same id and version.</summary>
    /// <param name="other">The other framework.</param>
    /// <returns><see langword="true"/> when id and version match.</returns>
    public bool Equals(ReflectionFramework? other) =>
        other is not null && Version == other.Version && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReflectionFramework);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Version);

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version}";

    private static void CheckQuestion(ReflectionQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(question.Text);
        var key = question.Key;
        var valid = !string.IsNullOrEmpty(key)
            && key.Length <= MaxKeyLength
            && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
        if (!valid)
        {
            throw new ArgumentException(
                $"The question key '{key}' must be 1 to {MaxKeyLength} lower-case letters, digits or hyphens.",
                nameof(question));
        }
    }
}
