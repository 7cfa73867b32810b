namespace Cpd.Console;

/// <summary>The exit codes of the <c>cpd</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was refused: a field, a record id or a file the member gave is wrong.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself could not be understood.</summary>
    public const int Usage = 2;

    /// <summary>The record was changed elsewhere meanwhile; nothing was overwritten.</summary>
    public const int Conflict = 3;

    /// <summary>The data folder could not be read or written.</summary>
    public const int StoreFailure = 4;

    /// <summary>Some reminders could not be handed to the mail server; they are tried again on a later run.</summary>
    public const int DeliveryFailure = 5;

    /// <summary>Something unexpected failed; nothing was changed by this command.</summary>
    public const int Unexpected = 70;
}
