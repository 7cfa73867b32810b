using Cpd.Domain.Records;

namespace Cpd.Portal.Forms;

/// <summary>
/// The keys under which the browser keeps drafts (see wwwroot/js/drafts.js); the server names them to tell the
/// browser which drafts a command made obsolete.
/// </summary>
public static class DraftKeys
{
    /// <summary>Gets the key of an answer's draft.</summary>
    /// <param name="id">The record.</param>
    /// <param name="questionKey">The question.</param>
    /// <returns>The key.</returns>
    public static string Answer(CpdRecordId id, string questionKey) => $"{Record(id)}answer:{questionKey}";

    /// <summary>Gets the key of the draft of a record's details.</summary>
    /// <param name="id">The record.</param>
    /// <returns>The key.</returns>
    public static string Details(CpdRecordId id) => Record(id) + "details";

    /// <summary>Gets the prefix every draft of a record's keys starts with.</summary>
    /// <param name="id">The record.</param>
    /// <returns>The prefix.</returns>
    public static string Record(CpdRecordId id) => $"record:{id}:";

    /// <summary>Gets a pattern that matches every draft of a record.</summary>
    /// <param name="id">The record.</param>
    /// <returns>The prefix followed by <c>*</c>.</returns>
    public static string AllOf(CpdRecordId id) => Record(id) + "*";
}
