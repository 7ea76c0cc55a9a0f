namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// How one KPI of a linkage moved: its mean over the earlier window, over the later window, the change, the threshold,
/// and whether the move counts as the signal.
/// </summary>
/// <param name="Signal">The signal that was tested.</param>
/// <param name="StageId">The stage the KPI belongs to (after overrides), or null when it has none in the model.</param>
/// <param name="Before">The KPI's mean over the earlier window's periods where it is available.</param>
/// <param name="After">The KPI's mean over the later window's periods where it is available.</param>
/// <param name="Change">after − before (absolute) or after / before − 1 (relative).</param>
/// <param name="Moved">Whether the change reaches the threshold in the signal's direction.</param>
/// <param name="Reason">Why there is no change (KPI not available in a window, relative change from 0); null when there is one.</param>
public sealed record LinkageEvidence(
    LinkageSignal Signal,
    string? StageId,
    decimal? Before,
    decimal? After,
    decimal? Change,
    bool Moved,
    string? Reason)
{
    /// <summary>The evidence in words, e.g. <c>fill_rate 1 → 0.8893 (-0.1107; threshold 0.02 falling)</c>.</summary>
    public override string ToString() =>
        Change is { } change
            ? $"{Signal.MetricId} {ValueChainFormat.Value(Before)} → {ValueChainFormat.Value(After)} ({ValueChainFormat.Change(change, Signal.Basis)}; " +
              $"threshold {ValueChainFormat.Change(Signal.Threshold, Signal.Basis, signed: false)} {(Signal.Direction == SignalDirection.Rising ? "rising" : "falling")})"
            : $"{Signal.MetricId} n/a ({Reason})";
}
