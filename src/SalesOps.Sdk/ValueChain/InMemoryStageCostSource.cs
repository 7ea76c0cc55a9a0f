using System.Collections.Immutable;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.ValueChain;

/// <summary>Stage costs held in memory: the result of a <see cref="StageCostMapping"/>, or figures a host or a test supplies.</summary>
/// <remarks>Immutable and thread-safe. Amounts given for the same period and stage are summed (like ledger lines).</remarks>
public sealed class InMemoryStageCostSource : IStageCostSource
{
    private readonly ImmutableDictionary<(ReportingPeriod Period, string StageId), decimal> _costs;

    /// <summary>Creates the source from (period, stage id, cost) entries.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="costs"/>, a period or a stage id is null.</exception>
    public InMemoryStageCostSource(IEnumerable<(ReportingPeriod Period, string StageId, decimal Cost)> costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var sums = new Dictionary<(ReportingPeriod, string), decimal>();
        foreach ((ReportingPeriod period, string stageId, decimal cost) in costs)
        {
            ArgumentNullException.ThrowIfNull(period, nameof(costs));
            ArgumentNullException.ThrowIfNull(stageId, nameof(costs));
            sums[(period, stageId)] = sums.GetValueOrDefault((period, stageId)) + cost;
        }

        _costs = sums.ToImmutableDictionary();
    }

    /// <summary>The number of (period, stage) figures held.</summary>
    public int Count => _costs.Count;

    /// <inheritdoc/>
    public decimal? GetCost(ReportingPeriod period, string stageId)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(stageId);
        return _costs.TryGetValue((period, stageId), out decimal cost) ? cost : null;
    }
}
