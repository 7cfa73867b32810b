using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Domain.Schemes;

/// <summary>The words of compliance outcomes: amounts with their unit, and dates as a member writes them.</summary>
internal static class ComplianceText
{
    private static readonly LocalDatePattern DayPattern =
        LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>An amount with its unit, such as "4.5 hours" or "1 record".</summary>
    public static string Amount(decimal amount, CreditUnit unit) => $"{Number(amount)} {UnitName(unit, amount)}";

    /// <summary>A number without trailing zeros, such as 4.5 or 12.</summary>
    public static string Number(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A share as a whole percentage, such as 40%.</summary>
    public static string Percent(decimal share) =>
        (share * 100m).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A date such as "31 March 2027".</summary>
    public static string Day(LocalDate date) => DayPattern.Format(date);

    /// <summary>The unit's name, singular for exactly one.</summary>
    public static string UnitName(CreditUnit unit, decimal amount)
    {
        var plural = unit switch
        {
            CreditUnit.Hours => "hours",
            CreditUnit.Points => "points",
            CreditUnit.Credits => "credits",
            CreditUnit.Units => "units",
            _ => "records",
        };
        return amount == 1m ? plural[..^1] : plural;
    }

    /// <summary>Names things as a list a member reads: "A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "none",
        1 => names[0],
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
    };
}
