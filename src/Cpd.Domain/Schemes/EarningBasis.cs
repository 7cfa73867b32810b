namespace Cpd.Domain.Schemes;

/// <summary>How a counted record earns credits in a scheme.</summary>
public enum EarningBasis
{
    /// <summary>The record's hours times the rate; a record without hours earns nothing.</summary>
    PerHour,

    /// <summary>The rate for each record, whatever its hours.</summary>
    PerRecord,
}
