namespace Cpd.Storage.Postgres.Schema;

/// <summary>One step of the schema's history: the statements that take a schema to <see cref="Version"/>.</summary>
/// <param name="Version">The schema version after this step.</param>
/// <param name="Description">What the step adds, for people reading the history.</param>
/// <param name="Sql">The statements; they run in one transaction with the version row.</param>
internal sealed record Migration(int Version, string Description, string Sql);
