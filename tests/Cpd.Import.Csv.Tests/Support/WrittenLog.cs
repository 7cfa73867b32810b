namespace Cpd.Import.Csv.Tests.Support;

/// <summary>A log written by CsvHelper, with the line on which each record starts.</summary>
public sealed record WrittenLog(string Text, IReadOnlyList<int> RecordLines);
