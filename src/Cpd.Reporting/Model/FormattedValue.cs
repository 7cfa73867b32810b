using Scriban.Runtime;

namespace Cpd.Reporting.Model;

/// <summary>A value written two ways: in a machine-readable form (ISO 8601) and as a person reads it.</summary>
/// <param name="Iso">The machine-readable form.</param>
/// <param name="Text">The form shown to a person.</param>
internal sealed record FormattedValue(string Iso, string Text)
{
    /// <summary>The value as the template sees it: an object with <c>iso</c> and <c>text</c>.</summary>
    public ScriptObject ToScriptObject() => new(2) { ["iso"] = Iso, ["text"] = Text };
}
