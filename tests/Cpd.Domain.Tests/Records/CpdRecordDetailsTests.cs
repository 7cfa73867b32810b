using System.Globalization;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Tests.Records;

public sealed class CpdRecordDetailsTests
{
    private static readonly CpdRecordDetails Valid = new()
    {
        Title = "Radiation safety refresher",
        ActivityDate = new LocalDate(2026, 11, 20),
        Category = "Formal/educational",
        Hours = 3.5m,
        Notes = "Ask about the\nnew dosimeters.",
        ReminderDate = new LocalDate(2026, 12, 31),
    };

    [Fact]
    public void IsPlanned_NoObjectiveAndNoEarlierRecord_IsUnplanned()
    {
        Assert.False(Valid.IsPlanned);
        Assert.True((Valid with { Objectives = ObjectiveSet.Of(new ObjectiveId(Guid.CreateVersion7())) }).IsPlanned);
        Assert.True((Valid with { FollowsUp = new CpdRecordId(Guid.CreateVersion7()) }).IsPlanned);
    }

    [Fact]
    public void Validate_TooManyObjectives_IsOutOfRange()
    {
        var ids = Enumerable.Range(0, CpdRecordLimits.MaxObjectives + 1).Select(_ => new ObjectiveId(Guid.NewGuid()));

        var error = Assert.Single((Valid with { Objectives = ObjectiveSet.Of(ids) }).Validate());

        Assert.Equal(("objectives", ValidationRule.OutOfRange), (error.Field, error.Rule));
    }

    [Fact]
    public void Normalize_NullObjectives_BecomeNone()
    {
        Assert.Same(ObjectiveSet.None, (Valid with { Objectives = null! }).Normalize().Objectives);
    }

    [Fact]
    public void Validate_EveryFieldValid_FindsNoProblem()
    {
        Assert.Empty(Valid.Validate());
        Assert.Empty(new CpdRecordDetails { Title = "Only a title" }.Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("\u00A0\u3000")]
    [InlineData(null)]
    public void Validate_BlankTitle_IsRequired(string? title)
    {
        var error = Assert.Single((Valid with { Title = title! }).Validate());

        Assert.Equal(("title", ValidationRule.Required), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u2060\uFEFF")]
    [InlineData(" \u200C\u200D ")]
    [InlineData("\u3164")]
    public void Validate_TitleOfOnlyInvisibleCharacters_IsRequired(string title)
    {
        var error = Assert.Single((Valid with { Title = title }).Validate());

        Assert.Equal(("title", ValidationRule.Required), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData("x", CpdRecordLimits.TitleMaxLength, true)]
    [InlineData("x", CpdRecordLimits.TitleMaxLength + 1, false)]
    [InlineData("😀", CpdRecordLimits.TitleMaxLength, true)]
    [InlineData("😀", CpdRecordLimits.TitleMaxLength + 1, false)]
    [InlineData("👩‍🔬", 66, true)]
    [InlineData("👩‍🔬", 67, false)]
    [InlineData("é", CpdRecordLimits.TitleMaxLength, true)]
    public void Validate_TitleLength_CountsUnicodeCharactersNotCodeUnits(string unit, int count, bool valid)
    {
        var title = string.Concat(Enumerable.Repeat(unit, count));

        var errors = (Valid with { Title = title }).Validate();

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal(("title", ValidationRule.MaxLength), (e.Field, e.Rule)));
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Validate_TitleOfDecomposedAccents_CountsTheLetterAndItsMarkApart(int letters, bool valid)
    {
        // "é" typed as e + U+0301 is two Unicode scalar values, and the limits count scalar values.
        var title = string.Concat(Enumerable.Repeat("e\u0301", letters));

        Assert.Equal(valid, (Valid with { Title = title }).Validate().Count == 0);
    }

    [Fact]
    public void Validate_TitleAtMaximumPlusSurroundingSpaces_IsAcceptedAndTrimmed()
    {
        var title = "  " + new string('t', CpdRecordLimits.TitleMaxLength) + "\t ";

        var normalized = (Valid with { Title = title }).Normalize();

        Assert.Equal(new string('t', CpdRecordLimits.TitleMaxLength), normalized.Title);
    }

    [Theory]
    [InlineData("Two\nlines")]
    [InlineData("Tab\tinside")]
    [InlineData("Carriage\rreturn")]
    [InlineData("Bell\u0007")]
    [InlineData("Null\0")]
    [InlineData("Next line\u0085inside")]
    [InlineData("Line\u2028separator")]
    [InlineData("Paragraph\u2029separator")]
    public void Validate_TitleWithControlCharacters_IsRefused(string title)
    {
        var error = Assert.Single((Valid with { Title = title }).Validate());

        Assert.Equal(("title", ValidationRule.ControlCharacters), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData("title", "Broken {0} title", 0xD800)]
    [InlineData("category", "Broken {0}", 0xDC00)]
    [InlineData("notes", "Broken {0}", 0xDBFF)]
    public void Validate_LoneSurrogate_IsInvalidText(string field, string format, int surrogate)
    {
        // Built here: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var text = format.Replace("{0}", ((char)surrogate).ToString(), StringComparison.Ordinal);
        var details = field switch
        {
            "title" => Valid with { Title = text },
            "category" => Valid with { Category = text },
            _ => Valid with { Notes = text },
        };

        var error = Assert.Single(details.Validate());

        Assert.Equal((field, ValidationRule.InvalidText), (error.Field, error.Rule));
    }

    [Fact]
    public void Validate_SurrogatePairInReverseOrder_IsInvalidText()
    {
        var error = Assert.Single((Valid with { Notes = "\uDE00\uD83D reversed" }).Validate());

        Assert.Equal(("notes", ValidationRule.InvalidText), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData(CpdRecordLimits.CategoryMaxLength, true)]
    [InlineData(CpdRecordLimits.CategoryMaxLength + 1, false)]
    public void Validate_CategoryLength_HasAMaximum(int length, bool valid)
    {
        var errors = (Valid with { Category = new string('c', length) }).Validate();

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal(("category", ValidationRule.MaxLength), (e.Field, e.Rule)));
    }

    [Fact]
    public void Validate_CategoryWithLineBreak_IsRefused()
    {
        var error = Assert.Single((Valid with { Category = "Formal\nInformal" }).Validate());

        Assert.Equal(("category", ValidationRule.ControlCharacters), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Normalize_BlankCategory_BecomesNone(string? category)
    {
        Assert.Null((Valid with { Category = category }).Normalize().Category);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.25")]
    [InlineData("1.5")]
    [InlineData("7.50")]
    [InlineData("1.000")]
    [InlineData("2000")]
    public void Validate_HoursWithinRange_AreAccepted(string hours)
    {
        Assert.Empty((Valid with { Hours = decimal.Parse(hours, CultureInfo.InvariantCulture) }).Validate());
    }

    [Theory]
    [InlineData("-0.01", ValidationRule.OutOfRange)]
    [InlineData("-1", ValidationRule.OutOfRange)]
    [InlineData("2000.01", ValidationRule.OutOfRange)]
    [InlineData("1000000", ValidationRule.OutOfRange)]
    [InlineData("1.125", ValidationRule.Precision)]
    [InlineData("0.001", ValidationRule.Precision)]
    [InlineData("3.333", ValidationRule.Precision)]
    public void Validate_HoursOutsideTheRules_AreRefused(string hours, ValidationRule rule)
    {
        var details = Valid with { Hours = decimal.Parse(hours, CultureInfo.InvariantCulture) };

        var error = Assert.Single(details.Validate());

        Assert.Equal(("hours", rule), (error.Field, error.Rule));
    }

    [Fact]
    public void Validate_NotesWithLineBreaksAndTabs_AreAccepted()
    {
        Assert.Empty((Valid with { Notes = "First\r\nSecond\n\tIndented\n" }).Validate());
    }

    [Theory]
    [InlineData("Bell \u0007")]
    [InlineData("Form feed \f")]
    [InlineData("Vertical tab \v")]
    public void Validate_NotesWithOtherControlCharacters_AreRefused(string notes)
    {
        var error = Assert.Single((Valid with { Notes = notes }).Validate());

        Assert.Equal(("notes", ValidationRule.ControlCharacters), (error.Field, error.Rule));
    }

    [Theory]
    [InlineData(CpdRecordLimits.NotesMaxLength, true)]
    [InlineData(CpdRecordLimits.NotesMaxLength + 1, false)]
    public void Validate_NotesLength_HasAMaximum(int length, bool valid)
    {
        var errors = (Valid with { Notes = new string('n', length) }).Validate();

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal(("notes", ValidationRule.MaxLength), (e.Field, e.Rule)));
    }

    [Theory]
    [InlineData(1900, 1, 1, true)]
    [InlineData(2199, 12, 31, true)]
    [InlineData(1899, 12, 31, false)]
    [InlineData(2200, 1, 1, false)]
    [InlineData(1, 1, 1, false)]
    public void Validate_DatesOutsideTheYearRange_AreRefused(int year, int month, int day, bool valid)
    {
        var date = new LocalDate(year, month, day);

        var errors = (Valid with { ActivityDate = date, ReminderDate = date }).Validate();

        Assert.Equal(valid ? [] : ["activityDate", "reminderDate"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal(ValidationRule.OutOfRange, e.Rule));
    }

    [Fact]
    public void Validate_DateInAnotherCalendar_IsAFormatError()
    {
        var julian = new LocalDate(2026, 12, 1, CalendarSystem.Julian);

        var error = Assert.Single((Valid with { ReminderDate = julian }).Validate());

        Assert.Equal(("reminderDate", ValidationRule.Format), (error.Field, error.Rule));
    }

    [Fact]
    public void Validate_SeveralProblems_ListsThemInFieldOrder()
    {
        var details = new CpdRecordDetails
        {
            Title = "",
            ActivityDate = new LocalDate(1850, 1, 1),
            Category = "Bad\tcategory",
            Hours = -2m,
            Notes = "\u0001",
            ReminderDate = new LocalDate(2300, 1, 1),
        };

        var fields = details.Validate().Select(e => e.Field);

        Assert.Equal(["title", "activityDate", "category", "hours", "notes", "reminderDate"], fields);
    }

    [Fact]
    public void Normalize_InvalidDetails_ThrowsWithEveryProblem()
    {
        var details = Valid with { Title = "", Hours = 1.001m };

        var error = Assert.Throws<CpdValidationException>(details.Normalize);

        Assert.Equal(["title", "hours"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Normalize_NotesMissing_BecomeEmpty()
    {
        Assert.Equal(string.Empty, (Valid with { Notes = null! }).Normalize().Notes);
    }

    [Theory]
    [InlineData("Café crème à l'école")]
    [InlineData("Ünïcödé 😀 👩‍🔬 🇬🇧")]
    [InlineData("دورة السلامة الإشعاعية")]
    [InlineData("קורס בטיחות")]
    [InlineData("e\u0301e\u0301 combining")]
    [InlineData("Zero\u200Bwidth and\u200Fmarks")]
    public void Normalize_UnicodeTitleAndNotes_KeepsThemExactly(string text)
    {
        var normalized = (Valid with { Title = text, Notes = text + "\n" + text, Category = text }).Normalize();

        Assert.Equal(text, normalized.Title, StringComparer.Ordinal);
        Assert.Equal(text + "\n" + text, normalized.Notes, StringComparer.Ordinal);
        Assert.Equal(text, normalized.Category, StringComparer.Ordinal);
    }
}
