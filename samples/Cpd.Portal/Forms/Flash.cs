using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Cpd.Portal.Forms;

/// <summary>
/// One-off messages from a command to the page after it, with the browser draft the command made obsolete.
/// </summary>
public static class Flash
{
    private const string MessageKey = "flash.message";
    private const string ForgetKey = "flash.forget-draft";
    private const string SavedQuestionKey = "flash.saved-question";

    /// <summary>Says what was done, and which browser draft (if any) the page should forget.</summary>
    /// <param name="data">The page's temp data.</param>
    /// <param name="message">The message.</param>
    /// <param name="forgetDraft">
    /// The draft key, or a prefix ending with <c>*</c>; <see langword="null"/> for none.
    /// </param>
    public static void Tell(ITempDataDictionary data, string message, string? forgetDraft = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        data[MessageKey] = message;
        data[ForgetKey] = forgetDraft;
    }

    /// <summary>Marks the question whose answer was just saved.</summary>
    /// <param name="data">The page's temp data.</param>
    /// <param name="questionKey">The question key.</param>
    public static void SavedAnswer(ITempDataDictionary data, string questionKey)
    {
        ArgumentNullException.ThrowIfNull(data);
        data[SavedQuestionKey] = questionKey;
    }

    /// <summary>Reads the message, once.</summary>
    /// <param name="data">The page's temp data.</param>
    /// <returns>The message and the draft to forget, or <see langword="null"/>.</returns>
    public static (string Message, string? ForgetDraft)? Take(ITempDataDictionary data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data[MessageKey] is string message ? (message, data[ForgetKey] as string) : null;
    }

    /// <summary>Reads the question whose answer was just saved, once.</summary>
    /// <param name="data">The page's temp data.</param>
    /// <returns>The question key, or <see langword="null"/>.</returns>
    public static string? TakeSavedAnswer(ITempDataDictionary data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data[SavedQuestionKey] as string;
    }
}
