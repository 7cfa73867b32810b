using System.Collections.Frozen;
using System.Reflection;
using Cpd.Domain;
using Cpd.Domain.Schemes;

namespace Cpd.Schemes;

/// <summary>The schemes a host offers, by id: the shipped ones, a body's own, or both.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class SchemeCatalog
{
    /// <summary>The id of the library's own default scheme.</summary>
    public const string DefaultId = "cpd-default";

    private static readonly Lazy<SchemeCatalog> ShippedCatalog = new(LoadShipped);

    private readonly FrozenDictionary<string, CpdScheme> _byId;

    /// <summary>Creates a catalog of schemes.</summary>
    /// <param name="schemes">The schemes; ids must be unique.</param>
    /// <exception cref="CpdSchemeException">Two schemes share an id.</exception>
    public SchemeCatalog(IEnumerable<CpdScheme> schemes)
    {
        ArgumentNullException.ThrowIfNull(schemes);
        var list = schemes.ToList();
        var repeated = list
            .GroupBy(scheme => scheme.Id, StringComparer.Ordinal)
            .FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new CpdSchemeException(
                repeated.Key,
                [new ValidationError("id", ValidationRule.Duplicate, $"two schemes have the id '{repeated.Key}'.")]);
        }

        All = list.AsReadOnly();
        _byId = list.ToFrozenDictionary(scheme => scheme.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the schemes shipped with the library: the default and those modelled on real bodies.</summary>
    public static SchemeCatalog Shipped => ShippedCatalog.Value;

    /// <summary>Gets every scheme, in the order given.</summary>
    public IReadOnlyList<CpdScheme> All { get; }

    /// <summary>Finds a scheme by id.</summary>
    /// <param name="id">The scheme id, matched exactly.</param>
    /// <returns>The scheme, or <see langword="null"/> when there is none with that id.</returns>
    public CpdScheme? Find(string id) => _byId.GetValueOrDefault(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>Gets a scheme by id.</summary>
    /// <param name="id">The scheme id, matched exactly.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="CpdValidationException">No scheme has that id; the message lists those that exist.</exception>
    public CpdScheme Get(string id) =>
        Find(id) ?? throw new CpdValidationException(new ValidationError(
            "scheme",
            ValidationRule.OutOfRange,
            $"'{id}' is not a known scheme; known schemes are "
            + $"{string.Join(", ", _byId.Keys.Order(StringComparer.Ordinal))}."));

    /// <summary>Returns a catalog with one more scheme, such as a body's own from <see cref="SchemeReader"/>.</summary>
    /// <param name="scheme">The scheme to add.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="CpdSchemeException">The catalog already has a scheme with that id.</exception>
    public SchemeCatalog With(CpdScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new SchemeCatalog([.. All, scheme]);
    }

    private static SchemeCatalog LoadShipped()
    {
        var assembly = typeof(SchemeCatalog).Assembly;
        const string Prefix = "Cpd.Schemes.Shipped.";
        var names = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var schemes = names.Select(name => Load(assembly, name, name[Prefix.Length..])).ToList();
        return new SchemeCatalog(schemes.OrderBy(scheme => scheme.Id == DefaultId ? 0 : 1));
    }

    private static CpdScheme Load(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return SchemeReader.Read(stream, fileName);
    }
}
