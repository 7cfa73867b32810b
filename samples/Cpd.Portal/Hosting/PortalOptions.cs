using Cpd.Portal.Members;

namespace Cpd.Portal.Hosting;

/// <summary>
/// The portal's <c>Cpd</c> configuration section: which store, in which data folder, and the demo members. The
/// <c>Cpd:Reminders</c> subsection, when present, turns on reminder emails (<see cref="PortalReminders"/>).
/// </summary>
public sealed class PortalOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Cpd";

    /// <summary>Gets or sets the store: <c>sqlite</c> (the embedded default), <c>json</c> or <c>postgres</c>.</summary>
    public string Store { get; set; } = StoreKinds.Sqlite;

    /// <summary>
    /// Gets or sets the data folder, for the store's files and the sign-in keys; a relative path is taken from
    /// the content root.
    /// </summary>
    public string DataDirectory { get; set; } = ".cpd-data";

    /// <summary>
    /// Gets or sets the PostgreSQL connection string, used when <see cref="Store"/> is <c>postgres</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets how long a sign-in lasts without use.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Gets the members the demo sign-in offers after the built-in three (<c>Cpd:DemoMembers:0:Id</c>, <c>Name</c>,
    /// <c>TimeZone</c>, <c>EmailAddress</c>, <c>Profession</c>); none by default.
    /// </summary>
    public IList<DemoMemberOptions> DemoMembers { get; } = [];
}
