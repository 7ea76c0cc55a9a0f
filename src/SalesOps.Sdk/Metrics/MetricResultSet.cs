using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// Evaluated metrics: one row per period × segment that has facts, in period then segment order — the order of the
/// cube's <see cref="FactCube.Cells"/>, so row <c>i</c> is the results of <c>Cube.Cells[i]</c>.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. The values and reasons are stored column by column; <see cref="Column"/> reads a
/// metric's column directly, without a result object per cell, which is the fast way to read every value of a large
/// evaluation. <see cref="Rows"/> and the <see cref="MetricResult"/> objects are made on first access.</para>
/// <para>A row or result object kept after the result set is dropped keeps the whole evaluation's storage alive
/// (about 32 bytes per cell and evaluated metric).</para>
/// </remarks>
public sealed class MetricResultSet
{
    private readonly EvaluationStore _store;
    private MetricResultRow[]? _rows;
    private Dictionary<(ReportingPeriod, Segment), int>? _index;
    private Dictionary<Segment, int>? _segmentIndex;

    internal MetricResultSet(FactCube cube, ImmutableArray<MetricDefinition> metrics, EvaluationStore store)
    {
        Cube = cube;
        Metrics = metrics;
        _store = store;
    }

    /// <summary>The facts the metrics were evaluated on.</summary>
    public FactCube Cube { get; }

    /// <summary>The requested metrics, in the requested order.</summary>
    public ImmutableArray<MetricDefinition> Metrics { get; }

    /// <summary>The rows, by period then segment (row <c>i</c> belongs to <c>Cube.Cells[i]</c>).</summary>
    public ImmutableArray<MetricResultRow> Rows => ImmutableCollectionsMarshal.AsImmutableArray(_rows ?? BuildRows());

    /// <summary>The periods, in date order.</summary>
    public ImmutableArray<ReportingPeriod> Periods => Cube.Periods;

    /// <summary>The result of a metric for a period and segment, or null when that cell has no facts.</summary>
    /// <exception cref="KeyNotFoundException">The metric was not requested.</exception>
    public MetricResult? Get(ReportingPeriod period, Segment segment, string metricId)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(segment);
        Dictionary<(ReportingPeriod, Segment), int> index = _index ?? BuildIndex();
        return index.TryGetValue((period, segment), out int row) ? Rows[row][metricId] : null;
    }

    /// <summary>The results of a metric for one segment, in period order (periods without facts are absent).</summary>
    /// <exception cref="KeyNotFoundException">The metric was not requested (and the segment has facts).</exception>
    public IReadOnlyList<MetricResult> Series(string metricId, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        EvaluationStore store = _store;
        Dictionary<Segment, int> segments = _segmentIndex ?? BuildSegmentIndex();
        if (!segments.TryGetValue(segment, out int s))
        {
            return [];
        }

        _ = RequestedCatalogIndex(metricId);
        ImmutableArray<MetricResultRow> rows = Rows;
        var results = new List<MetricResult>(store.SegmentStart[s + 1] - store.SegmentStart[s]);
        for (int k = store.SegmentStart[s]; k < store.SegmentStart[s + 1]; k++)
        {
            results.Add(rows[store.RowsBySegment[k]][metricId]);
        }

        return results;
    }

    /// <summary>
    /// The values (and which rows have none, and why) of one requested metric for every row, in the order of <see cref="Rows"/> (and of the
    /// cube's cells): read without making a result object per cell.
    /// </summary>
    /// <param name="metricId">A requested metric.</param>
    /// <exception cref="KeyNotFoundException">The metric was not requested.</exception>
    public MetricColumn Column(string metricId)
    {
        ArgumentNullException.ThrowIfNull(metricId);
        EvaluationStore store = _store;
        int metric = RequestedCatalogIndex(metricId);
        return new MetricColumn(store.Catalog.Ordered[metric].Definition, store.Values(metric), store.Reasons(metric), store.RowCount);
    }

    private int RequestedCatalogIndex(string metricId)
    {
        EvaluationStore store = _store;
        foreach (int index in store.RequestedIndex)
        {
            if (string.Equals(store.Catalog.Ordered[index].Definition.Id, metricId, StringComparison.Ordinal))
            {
                return index;
            }
        }

        throw new KeyNotFoundException($"Metric '{metricId}' is not among the evaluated metrics.");
    }

    private MetricResultRow[] BuildRows()
    {
        EvaluationStore store = _store;
        var rows = new MetricResultRow[store.RowCount];
        for (int row = 0; row < rows.Length; row++)
        {
            rows[row] = new MetricResultRow(store, row, Cube.Cells[row]);
        }

        return Interlocked.CompareExchange(ref _rows, rows, null) ?? rows;
    }

    private Dictionary<(ReportingPeriod, Segment), int> BuildIndex()
    {
        var index = new Dictionary<(ReportingPeriod, Segment), int>(Cube.Cells.Length);
        for (int row = 0; row < Cube.Cells.Length; row++)
        {
            index[(Cube.Cells[row].Period, Cube.Cells[row].Segment)] = row;
        }

        return Interlocked.CompareExchange(ref _index, index, null) ?? index;
    }

    private Dictionary<Segment, int> BuildSegmentIndex()
    {
        var index = new Dictionary<Segment, int>(Cube.Segments.Length);
        for (int s = 0; s < Cube.Segments.Length; s++)
        {
            index[Cube.Segments[s]] = s;
        }

        return Interlocked.CompareExchange(ref _segmentIndex, index, null) ?? index;
    }
}
