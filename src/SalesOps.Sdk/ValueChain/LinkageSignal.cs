namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// One side of a linkage rule: a KPI, the direction it has to move between the earlier and the later window, and by
/// how much (e.g. <c>fill_rate</c> falling by at least 0.02 absolute).
/// </summary>
/// <param name="MetricId">The metric id in the catalog.</param>
/// <param name="Direction">The move that counts as the signal.</param>
/// <param name="Threshold">The least change that counts, &gt; 0, in the unit of <paramref name="Basis"/>.</param>
/// <param name="Basis">Absolute or relative change.</param>
public sealed record LinkageSignal(string MetricId, SignalDirection Direction, decimal Threshold, ChangeBasis Basis)
{
    /// <summary>The signal in words, e.g. <c>fill_rate falls by ≥ 0.02</c> or <c>revenue rises by ≥ 5%</c>.</summary>
    public override string ToString() =>
        $"{MetricId} {(Direction == SignalDirection.Rising ? "rises" : "falls")} by ≥ {ValueChainFormat.Change(Threshold, Basis, signed: false)}";
}
