namespace Cpd.Domain.Schemes;

/// <summary>A scheme a member follows, with what that body knows about them.</summary>
/// <param name="Scheme">The scheme.</param>
/// <param name="Membership">The member's registration date and exemptions with that body.</param>
public sealed record SchemeEnrolment(CpdScheme Scheme, SchemeMembership Membership);
