namespace Cpd.Domain.Schemes;

/// <summary>The public rules a scheme is modelled on, and what the model simplifies.</summary>
/// <param name="Url">The address of the body's public rules.</param>
/// <param name="Title">The title of that page or document.</param>
/// <param name="Simplifications">What the scheme leaves out or approximates, in plain words.</param>
public sealed record SchemeSource(Uri Url, string Title, string Simplifications);
