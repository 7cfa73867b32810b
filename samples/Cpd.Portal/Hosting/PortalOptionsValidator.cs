using Cpd.Portal.Members;
using Microsoft.Extensions.Options;

namespace Cpd.Portal.Hosting;

/// <summary>Checks the <c>Cpd</c> settings when the portal starts, so that a bad demo member stops it there.</summary>
public sealed class PortalOptionsValidator : IValidateOptions<PortalOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = DemoMemberList.Problems(options.DemoMembers);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
