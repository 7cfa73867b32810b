using Microsoft.Extensions.Options;

namespace Cpd.Portal.Schemes;

/// <summary>Refuses, at start-up, scheme settings that <see cref="PortalSchemes.Load"/> cannot use.</summary>
/// <param name="environment">The host, whose content root relative scheme paths are taken from.</param>
public sealed class SchemeSettingsValidator(IHostEnvironment environment) : IValidateOptions<SchemeSettings>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SchemeSettings options)
    {
        try
        {
            PortalSchemes.Load(options, environment.ContentRootPath);
            return ValidateOptionsResult.Success;
        }
        catch (SchemeSettingsException wrong)
        {
            return ValidateOptionsResult.Fail(wrong.Problems);
        }
    }
}
