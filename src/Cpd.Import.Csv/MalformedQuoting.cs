using CsvHelper;

namespace Cpd.Import.Csv;

/// <summary>Says in words what is wrong with a record's quotes, and how to fix it.</summary>
internal static class MalformedQuoting
{
    public static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote =>
            "has a quote inside a field that is not quoted; enclose the field in double quotes and double the quote.",
        CsvMalformedReason.TextAfterClosingQuote =>
            "has text after the closing quote of a field; a quote inside a quoted field must be doubled (\"\").",
        CsvMalformedReason.UnterminatedQuote =>
            "opens a quoted field that is never closed; everything after it was read as one field.",
        _ => "is not quoted as RFC 4180 requires.",
    };
}
