using Cpd.Domain;
using Cpd.Import.Csv;
using Cpd.Storage;

namespace Cpd.Console;

/// <summary>Turns a failure into one line that says what to fix, and an exit code; never a stack trace.</summary>
internal static class ErrorReport
{
    public static async Task<int> WriteAsync(TextWriter error, Exception exception)
    {
        var (code, message) = Describe(exception);
        await error.WriteLineAsync($"cpd: {message}");
        if (exception is CpdImportException import)
        {
            foreach (var problem in import.Errors)
            {
                await error.WriteLineAsync($"  {problem}");
            }
        }

        return code;
    }

    private static (int Code, string Message) Describe(Exception exception) => exception switch
    {
        CpdStoreException => (ExitCodes.StoreFailure, exception.Message),
        CpdConflictException => (ExitCodes.Conflict, exception.Message + " Show the record and try again."),
        CpdException => (ExitCodes.InvalidInput, exception.Message),
        OperationCanceledException => (ExitCodes.Unexpected, "cancelled; nothing more was changed."),
        IOException or UnauthorizedAccessException => (ExitCodes.InvalidInput, exception.Message),
        _ => (ExitCodes.Unexpected, $"unexpected failure ({exception.GetType().Name}): {exception.Message}"),
    };
}
