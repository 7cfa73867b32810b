using Cpd.Domain;
using Cpd.Domain.Records;

namespace Cpd.Storage.Tests.Support;

/// <summary>What one sitting's command came to: the record it stored, or the error it met.</summary>
/// <param name="Stored">The record the journal returned, when the command succeeded.</param>
/// <param name="Error">The error, when it did not.</param>
/// <param name="StaleWrites">How many of its writes the store refused as stale before it finished.</param>
public sealed record SittingResult(CpdRecord? Stored, CpdException? Error, int StaleWrites);
