namespace Cpd.Domain.Frameworks;

/// <summary>
/// The frameworks a host knows: the one new records are created with, and every older version that stored
/// records may still refer to.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class ReflectionFrameworkCatalog
{
    private readonly Dictionary<(string Id, int Version), ReflectionFramework> _frameworks;

    /// <summary>Creates a catalog.</summary>
    /// <param name="current">The framework new records are created with.</param>
    /// <param name="older">Earlier versions (or other frameworks) that stored records may refer to.</param>
    /// <exception cref="ArgumentException">Two frameworks share an id and version.</exception>
    public ReflectionFrameworkCatalog(ReflectionFramework current, params IEnumerable<ReflectionFramework> older)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(older);

        _frameworks = [];
        foreach (var framework in older.Prepend(current))
        {
            if (!_frameworks.TryAdd((framework.Id, framework.Version), framework))
            {
                throw new ArgumentException($"The framework {framework} is listed twice.", nameof(older));
            }
        }

        Current = current;
    }

    /// <summary>Gets a catalog that holds only <see cref="ReflectionFrameworks.Default"/>.</summary>
    public static ReflectionFrameworkCatalog Default { get; } = new(ReflectionFrameworks.Default);

    /// <summary>Gets the framework new records are created with.</summary>
    public ReflectionFramework Current { get; }

    /// <summary>Gets every framework in the catalog.</summary>
    public IEnumerable<ReflectionFramework> All => _frameworks.Values;

    /// <summary>Finds a framework by id and version.</summary>
    /// <param name="id">The framework id.</param>
    /// <param name="version">The framework version.</param>
    /// <returns>The framework, or <see langword="null"/> when the catalog does not hold it.</returns>
    public ReflectionFramework? Find(string id, int version) => _frameworks.GetValueOrDefault((id, version));

    /// <summary>Gets a framework by id and version.</summary>
    /// <param name="id">The framework id.</param>
    /// <param name="version">The framework version.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="CpdValidationException">The catalog does not hold that framework.</exception>
    public ReflectionFramework Get(string id, int version) =>
        Find(id, version) ?? throw new CpdValidationException(new ValidationError(
            "framework",
            ValidationRule.UnknownFramework,
            $"The reflection framework '{id}' version {version} is not configured in this host."));
}
