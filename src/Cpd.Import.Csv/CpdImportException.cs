using System.Globalization;
using Cpd.Domain;

namespace Cpd.Import.Csv;

/// <summary>
/// A CSV log was refused and nothing was imported. <see cref="Errors"/> lists every problem found in the
/// file, each with its line and column, so that the member can fix them all at once.
/// </summary>
public sealed class CpdImportException : CpdException
{
    /// <summary>How many problems the message lists before it gives the count of the rest.</summary>
    internal const int ProblemsInMessage = 10;

    /// <summary>Creates the exception for one or more problems.</summary>
    /// <param name="errors">The problems found, in the order of the file; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public CpdImportException(IEnumerable<CsvImportError> errors)
        : this(errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private CpdImportException(CsvImportError[] errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, in the order of the file.</summary>
    public IReadOnlyList<CsvImportError> Errors { get; }

    private static string Describe(CsvImportError[] errors)
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException("At least one import error is required.", nameof(errors));
        }

        var listed = errors.Take(ProblemsInMessage).Select(error => error.ToString().TrimEnd('.'));
        var rest = errors.Length > ProblemsInMessage
            ? string.Create(CultureInfo.InvariantCulture, $"; and {errors.Length - ProblemsInMessage:N0} more")
            : string.Empty;
        return $"{Count(errors.Length)} in the CSV file; nothing was imported: {string.Join("; ", listed)}{rest}.";
    }

    private static string Count(int problems) =>
        problems == 1 ? "1 problem" : string.Create(CultureInfo.InvariantCulture, $"{problems:N0} problems");
}
