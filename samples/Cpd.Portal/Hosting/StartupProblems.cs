using Microsoft.Extensions.Options;

namespace Cpd.Portal.Hosting;

/// <summary>
/// Checks the settings validated at start-up before the host starts, so that wrong settings are told as plain
/// lines naming each setting rather than as an unhandled exception.
/// </summary>
public static class StartupProblems
{
    /// <summary>Runs the start-up validation of the portal's settings.</summary>
    /// <param name="services">The portal's services.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>One line per problem; none when the settings are right.</returns>
    public static async Task<IReadOnlyList<string>> FindAsync(
        IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            foreach (var validator in services.GetServices<IAsyncStartupValidator>())
            {
                await validator.ValidateAsync(cancellationToken);
            }

            return [];
        }
        catch (OptionsValidationException wrong)
        {
            return [.. wrong.Failures];
        }
        catch (AggregateException wrong) when (wrong.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            return [.. wrong.InnerExceptions.OfType<OptionsValidationException>().SelectMany(inner => inner.Failures)];
        }
    }

    /// <summary>Writes the problems for the person starting the portal.</summary>
    /// <param name="problems">The problems.</param>
    /// <param name="writer">Where to write them, standard error.</param>
    /// <returns>A task that completes when the lines are written.</returns>
    public static async Task WriteAsync(IReadOnlyList<string> problems, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync("The portal did not start: these settings are wrong.");
        foreach (var problem in problems)
        {
            await writer.WriteLineAsync($"  {problem}");
        }
    }
}
