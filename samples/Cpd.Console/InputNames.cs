using Cpd.Domain;

namespace Cpd.Console;

/// <summary>
/// Puts the option or argument a member typed in place of the library's field names, so that an error says
/// "--time-zone: …" rather than "timeZone: …".
/// </summary>
internal static class InputNames
{
    /// <summary>Reads a value, naming <paramref name="name"/> as the field of any validation error.</summary>
    public static T Read<T>(string name, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CpdValidationException exception)
        {
            throw new CpdValidationException(exception.Errors.Select(error => error with { Field = name }));
        }
    }
}
