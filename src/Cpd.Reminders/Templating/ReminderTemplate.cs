using Scriban;

namespace Cpd.Reminders.Templating;

/// <summary>The built-in templates of a reminder message, parsed once from the assembly's resources.</summary>
internal static class ReminderTemplate
{
    public static Template Subject { get; } = Load("Subject.scriban-txt");

    public static Template PlainText { get; } = Load("Body.scriban-txt");

    public static Template Html { get; } = Load("Body.scriban-html");

    public static Template Load(string name)
    {
        var resource = $"Cpd.Reminders.Templates.{name}";
        using var stream = typeof(ReminderTemplate).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in reminder template '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), name);
    }

    public static Template Parse(string text, string name)
    {
        var template = Template.Parse(text, name);
        return template.HasErrors
            ? throw new InvalidOperationException(
                $"The reminder template '{name}' is broken: {string.Join("; ", template.Messages)}")
            : template;
    }
}
