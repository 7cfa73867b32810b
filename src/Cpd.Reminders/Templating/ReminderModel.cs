using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Scriban.Runtime;

namespace Cpd.Reminders.Templating;

/// <summary>What a reminder template sees: plain one-line strings, never the domain objects.</summary>
internal static class ReminderModel
{
    private static readonly LocalDatePattern LongDate =
        LocalDatePattern.Create("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static ScriptObject Build(LocalDate reminderDate, string title, string memberName, Uri recordLink) =>
        new()
        {
            ["title"] = OneLine.Of(title),
            ["member_name"] = OneLine.Of(memberName),
            ["reminder_date"] = LocalDatePattern.Iso.Format(reminderDate),
            ["reminder_date_text"] = LongDate.Format(reminderDate),
            ["record_link"] = recordLink.AbsoluteUri,
        };
}
