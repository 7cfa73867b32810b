namespace Cpd.Portal.Schemes;

/// <summary>
/// The schemes part of the portal's <c>Cpd</c> configuration section: which schemes the body uses, and which
/// of them each member is enrolled in.
/// </summary>
public sealed class SchemeSettings
{
    /// <summary>
    /// Gets or sets the body's schemes: shipped scheme ids such as <c>cpd-default</c>, or paths of a body's scheme
    /// JSON files (ending in <c>.json</c>; a relative path is taken from the content root). None means the
    /// default scheme alone.
    /// </summary>
    public List<string> Schemes { get; set; } = [];

    /// <summary>Gets or sets each member's enrolments, by member id.</summary>
    public Dictionary<string, List<EnrolmentSettings>> Enrolments { get; set; } = new(StringComparer.Ordinal);
}
