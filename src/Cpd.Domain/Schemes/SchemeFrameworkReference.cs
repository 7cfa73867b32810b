namespace Cpd.Domain.Schemes;

/// <summary>The reflection framework a scheme asks members to answer, by id and version.</summary>
/// <remarks>A host resolves it through its <see cref="Frameworks.ReflectionFrameworkCatalog"/>.</remarks>
/// <param name="Id">The framework id, such as <c>cpd-reflection</c>.</param>
/// <param name="Version">The framework version, from 1.</param>
public sealed record SchemeFrameworkReference(string Id, int Version);
