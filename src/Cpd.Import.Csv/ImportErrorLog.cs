namespace Cpd.Import.Csv;

/// <summary>Collects the problems of one import, so that the member sees them all at once.</summary>
internal sealed class ImportErrorLog
{
    private readonly List<CsvImportError> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public void Add(CsvImportError error) => _errors.Add(error);

    public void AddRange(IEnumerable<CsvImportError> errors) => _errors.AddRange(errors);

    /// <summary>
    /// Adds a problem that makes reading on pointless, and gives the exception that refuses the file with
    /// everything found so far.
    /// </summary>
    public CpdImportException Refuse(CsvImportError error)
    {
        _errors.Add(error);
        return new CpdImportException(_errors);
    }

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new CpdImportException(_errors);
        }
    }
}
