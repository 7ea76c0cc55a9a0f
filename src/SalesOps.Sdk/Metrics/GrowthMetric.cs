using System.Runtime.CompilerServices;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// <c>current / comparison − 1</c> of a base metric against the previous period or the same period last year (see
/// <see cref="Metric.Growth"/>). The engine evaluates it column by column; <see cref="Evaluate"/> gives the same value
/// and reason for one cell, with the inputs.
/// </summary>
internal sealed class GrowthMetric : IMetric, IColumnMetric
{
    private const string NoPreviousPeriod = "no previous period";

    private readonly string _baseMetricId;
    private readonly GrowthBasis _basis;
    private readonly string _label;

    public GrowthMetric(MetricDefinition definition, string baseMetricId, GrowthBasis basis)
    {
        Definition = definition;
        _baseMetricId = baseMetricId;
        _basis = basis;
        _label = basis == GrowthBasis.PreviousPeriod ? "previous" : "last_year";
    }

    public MetricDefinition Definition { get; }

    public MetricValue Evaluate(MetricContext context)
    {
        MetricResult current = context.Metric(_baseMetricId);
        MetricResult? before;
        string? missing;
        if (_basis == GrowthBasis.PreviousPeriod)
        {
            before = context.Previous(_baseMetricId);
            missing = before is null ? NoPreviousPeriod : null;
        }
        else
        {
            before = context.SamePeriodLastYear(_baseMetricId, out missing);
        }

        MetricInput[] inputs = [new(_baseMetricId, current.Value), new($"{_baseMetricId}_{_label}", before?.Value)];
        if (before is null)
        {
            return MetricValue.NotAvailable(missing ?? "no comparison period", inputs);
        }

        return Compute(current.Value, current.Reason, before.Value, before.Reason, before.Period, out string? reason) is { } value
            ? MetricValue.Of(value, inputs)
            : MetricValue.NotAvailable(reason!, inputs);
    }

    public IEnumerable<MetricOperand> RowOperands => [MetricOperand.Metric(_baseMetricId)];

    public MetricOperand? IdentityOperand => null;

    public ColumnKernel Bind(EvaluationStore store) => new Kernel(this, store);

    private decimal? Compute(decimal? current, string? currentReason, decimal? before, string? beforeReason, ReportingPeriod beforePeriod, out string? reason)
    {
        if (current is not { } now)
        {
            reason = $"{_baseMetricId} is not available: {currentReason}";
            return null;
        }

        if (before is not { } then)
        {
            reason = $"{_baseMetricId} of {beforePeriod.Label} is not available: {beforeReason}";
            return null;
        }

        if (then == 0m)
        {
            reason = $"division by zero: {_baseMetricId} of {beforePeriod.Label} is 0";
            return null;
        }

        reason = null;
        return (now / then) - 1m;
    }

    private sealed class Kernel : ColumnKernel
    {
        private readonly GrowthMetric _metric;
        private readonly EvaluationStore _store;
        private readonly decimal[] _values;
        private readonly string?[]? _reasons;
        private readonly int[]? _previousRow;
        private readonly int[] _lastYearPeriod;
        private readonly string?[] _noComparison;

        public Kernel(GrowthMetric metric, EvaluationStore store)
        {
            _metric = metric;
            _store = store;
            int baseIndex = store.Catalog.IndexOf(metric._baseMetricId);
            if (baseIndex < 0 || store.SlotOfMetric[baseIndex] < 0)
            {
                throw new InvalidOperationException($"Metric '{metric._baseMetricId}' has not been evaluated before '{metric.Definition.Id}'.");
            }

            _values = store.Values(baseIndex);
            _reasons = store.Reasons(baseIndex);
            int periods = store.Cube.Periods.Length;
            _lastYearPeriod = new int[periods];
            _noComparison = new string?[periods];
            if (metric._basis == GrowthBasis.PreviousPeriod)
            {
                _previousRow = store.PreviousRow;
                return;
            }

            // The same period last year of each period of the cube, or why there is none.
            for (int p = 0; p < periods; p++)
            {
                ReportingPeriod period = store.Cube.Periods[p];
                PeriodComparison comparison = store.Cube.Calendar.SamePeriodLastYear(period);
                if (!comparison.HasPeriod)
                {
                    _lastYearPeriod[p] = -1;
                    _noComparison[p] = comparison.Reason ?? "no same period last year";
                    continue;
                }

                _lastYearPeriod[p] = store.IndexOfPeriod(comparison.Period!);
                _noComparison[p] = $"no data for {comparison.Period!.Label}";
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a single evaluation is hot at once: no slow first tier
        public override void Evaluate(ref int row, int to, ColumnOutput output)
        {
            decimal[] values = output.Values;
            for (; row < to; row++)
            {
                int before = _previousRow is not null ? _previousRow[row] : LastYearRow(row);
                if (before < 0)
                {
                    output.Missing(row, _previousRow is not null ? NoPreviousPeriod : _noComparison[_store.PeriodOfRow[row]]!);
                    continue;
                }

                string?[]? reasons = _reasons;
                if (reasons is null || (reasons[row] is null && reasons[before] is null))
                {
                    decimal then = _values[before];
                    if (then != 0m)
                    {
                        values[row] = (_values[row] / then) - 1m;
                        continue;
                    }
                }

                decimal? growth = _metric.Compute(
                    Value(row), reasons?[row], Value(before), reasons?[before],
                    _store.Cube.Periods[_store.PeriodOfRow[before]], out string? reason);
                output.Write(row, growth, reason);
            }
        }

        private decimal? Value(int row) => _reasons is not null && _reasons[row] is not null ? null : _values[row];

        private int LastYearRow(int row)
        {
            int period = _lastYearPeriod[_store.PeriodOfRow[row]];
            if (period < 0)
            {
                return -1;
            }

            // The segment's rows are in period order: binary search them for the period.
            int segment = _store.SegmentOfRow[row];
            int low = _store.SegmentStart[segment];
            int high = _store.SegmentStart[segment + 1] - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                int candidate = _store.RowsBySegment[middle];
                int p = _store.PeriodOfRow[candidate];
                if (p == period)
                {
                    return candidate;
                }

                if (p < period)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }
    }
}
