namespace Cpd.Portal.Hosting;

/// <summary>The portal's <c>Cpd</c> configuration section: which store, in which data folder.</summary>
public sealed class PortalOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Cpd";

    /// <summary>Gets or sets the store: <c>sqlite</c> (the embedded default) or <c>json</c>.</summary>
    public string Store { get; set; } = StoreKinds.Sqlite;

    /// <summary>
    /// Gets or sets the data folder, for the store's files and the sign-in keys; a relative path is taken from
    /// the content root.
    /// </summary>
    public string DataDirectory { get; set; } = ".cpd-data";

    /// <summary>Gets or sets the PostgreSQL connection string, used when <see cref="Store"/> is <c>postgres</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets how long a sign-in lasts without use.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
