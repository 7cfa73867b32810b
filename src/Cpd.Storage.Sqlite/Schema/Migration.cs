namespace Cpd.Storage.Sqlite.Schema;

/// <summary>One step of the schema's history: the statements that take a database to <see cref="Version"/>.</summary>
/// <param name="Version">The schema version after this step.</param>
/// <param name="Description">What the step adds, for people reading the history.</param>
/// <param name="Sql">The statements; they run in one transaction with the version update.</param>
internal sealed record Migration(int Version, string Description, string Sql);
