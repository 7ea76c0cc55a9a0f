namespace SalesOps.Sdk.Measures;

/// <summary>
/// A host's already-aggregated facts: its own query did the <c>GROUP BY date, segment</c> and supplies the totals
/// with the number of rows they cover. One of the two ways data gets in (the other is <see cref="IFactRowSource"/>).
/// </summary>
/// <remarks>
/// Figures are per date (or coarser segment) so that semi-additive stocks stay exact: flows are
/// <c>SUM(...)</c>, stocks are the per-date <c>SUM(on_hand_...)</c>, <c>row_count</c> is <c>COUNT(*)</c>, and for
/// WAPE the query supplies <c>forecast_abs_error</c> = <c>SUM(ABS(forecast_units - units_sold))</c>. Figures a host
/// only has per period may be dated on the period's first day: flows stay exact; stocks then count as that one day.
/// </remarks>
public interface IAggregatedFactSource
{
    /// <summary>The dimensions and measures of the facts.</summary>
    FactSchema Schema { get; }

    /// <summary>The aggregated facts, in any order.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    IEnumerable<AggregatedFact> GetFacts(CancellationToken cancellationToken);
}
