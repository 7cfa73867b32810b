namespace Cpd.Portal.Forms;

/// <summary>An answer the library refused, shown again as typed with what to fix.</summary>
/// <param name="QuestionKey">The question.</param>
/// <param name="Text">The text as the member typed it.</param>
/// <param name="Revision">The answer revision the member started from.</param>
/// <param name="Message">What to fix.</param>
public sealed record AnswerAttempt(string QuestionKey, string Text, long Revision, string Message);
