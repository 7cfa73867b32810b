namespace Cpd.Portal.Schemes;

/// <summary>The scheme settings are wrong: each problem names the configuration key it is about.</summary>
public sealed class SchemeSettingsException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, each starting with the key, such as <c>Cpd:Schemes:0</c>.</param>
    public SchemeSettingsException(IReadOnlyList<string> problems)
        : base($"The portal's scheme configuration is wrong: {string.Join(" ", problems)}") => Problems = problems;

    /// <summary>Gets the problems, one line each, starting with the key.</summary>
    public IReadOnlyList<string> Problems { get; }
}
