using System.CommandLine;

namespace Cpd.Console;

/// <summary>Checks on option values that their type alone does not express.</summary>
internal static class OptionChecks
{
    /// <summary>
    /// Refuses an empty or blank value when the option is given: an empty path would otherwise quietly mean the
    /// current folder, or fail only when the command is half done.
    /// </summary>
    public static Option<T> RequireText<T>(this Option<T> option, string expected)
        where T : class?
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError($"{option.Name} is empty: give {expected}.");
            }
        });
        return option;
    }
}
