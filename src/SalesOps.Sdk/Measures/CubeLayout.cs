using System.Collections.Immutable;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// How the measures of a cube are laid out in its cells: the input measures, then the derived ones
/// (<c>row_count</c> always, <c>forecast_abs_error</c> when both forecast and sales are present).
/// </summary>
internal sealed class CubeLayout
{
    private readonly Dictionary<string, int> _indexById;
    private readonly int[] _stockSlotOf;

    public CubeLayout(FactSchema schema, PeriodGrain grain)
    {
        Schema = schema;
        var measures = new List<MeasureDefinition>(schema.Measures);
        RowCountIndex = schema.IndexOfMeasure(StandardMeasures.RowCount.Id);
        RowCountSupplied = RowCountIndex >= 0;
        if (!RowCountSupplied)
        {
            RowCountIndex = measures.Count;
            measures.Add(StandardMeasures.RowCount);
        }

        int forecast = schema.IndexOfMeasure(StandardMeasures.ForecastUnits.Id);
        int sold = schema.IndexOfMeasure(StandardMeasures.UnitsSold.Id);
        if (forecast >= 0 && sold >= 0 && schema.IndexOfMeasure(StandardMeasures.ForecastAbsError.Id) < 0)
        {
            ForecastIndex = forecast;
            UnitsSoldIndex = sold;
            ForecastAbsErrorIndex = measures.Count;
            measures.Add(StandardMeasures.ForecastAbsError);
            if (schema.IndexOfMeasure(StandardMeasures.ApeSum.Id) < 0 && schema.IndexOfMeasure(StandardMeasures.ApeRows.Id) < 0)
            {
                ApeSumIndex = measures.Count;
                measures.Add(StandardMeasures.ApeSum);
                ApeRowsIndex = measures.Count;
                measures.Add(StandardMeasures.ApeRows);
            }
            else
            {
                ApeSumIndex = ApeRowsIndex = -1;
            }
        }
        else
        {
            ForecastIndex = UnitsSoldIndex = ForecastAbsErrorIndex = ApeSumIndex = ApeRowsIndex = -1;
        }

        Measures = [.. measures];
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Measures.Length; i++)
        {
            _indexById[Measures[i].Id] = i;
        }

        MinMaxMeasures = [.. Enumerable.Range(0, Measures.Length)
            .Where(i => Measures[i].TimeAggregation is TimeAggregation.Min or TimeAggregation.Max)];
        MaxDaysPerPeriod = grain switch
        {
            PeriodGrain.Day => 1,
            PeriodGrain.Week => 7,
            PeriodGrain.Month => 42,
            PeriodGrain.Quarter => 98,
            _ => 371,
        };
        DateWords = (MaxDaysPerPeriod + 63) / 64;

        StockMeasures = [.. Enumerable.Range(0, Measures.Length).Where(i => !Measures[i].IsAdditive)];
        _stockSlotOf = new int[Measures.Length];
        Array.Fill(_stockSlotOf, -1);
        for (int k = 0; k < StockMeasures.Length; k++)
        {
            _stockSlotOf[StockMeasures[k]] = k;
        }

        SumsOffset = DateWords;
        FirstStocksOffset = SumsOffset + Measures.Length;
        LastStocksOffset = FirstStocksOffset + StockMeasures.Length;
        DailyOffset = LastStocksOffset + StockMeasures.Length;
        DailyLength = MinMaxMeasures.Length * MaxDaysPerPeriod;
        StateLength = DailyOffset + DailyLength;
    }

    public FactSchema Schema { get; }

    public ImmutableArray<MeasureDefinition> Measures { get; }

    public int MeasureCount => Measures.Length;

    public int RowCountIndex { get; }

    public bool RowCountSupplied { get; }

    public int ForecastIndex { get; }

    public int UnitsSoldIndex { get; }

    public int ForecastAbsErrorIndex { get; }

    public int ApeSumIndex { get; }

    public int ApeRowsIndex { get; }

    public ImmutableArray<int> MinMaxMeasures { get; }

    public int MaxDaysPerPeriod { get; }

    public int DateWords { get; }

    /// <summary>The measures that are not summed over time (stocks): their first- and last-date totals are kept.</summary>
    public ImmutableArray<int> StockMeasures { get; }

    // The state of one cell is one block of longs: the date bits (one bit per day of the period from its start), the
    // measure sums, the first- and last-date totals of the stock measures, then the per-day totals of the Min/Max
    // measures (one run of MaxDaysPerPeriod per such measure). The first and last day live beside it.

    /// <summary>Where the measure sums start in a cell's state (the date bits come first, at 0).</summary>
    public int SumsOffset { get; }

    /// <summary>Where the first-date totals of the stock measures start in a cell's state.</summary>
    public int FirstStocksOffset { get; }

    /// <summary>Where the last-date totals of the stock measures start in a cell's state.</summary>
    public int LastStocksOffset { get; }

    /// <summary>Where the per-day totals of the Min/Max measures start in a cell's state.</summary>
    public int DailyOffset { get; }

    /// <summary>The number of per-day totals of the Min/Max measures in a cell's state.</summary>
    public int DailyLength { get; }

    /// <summary>The length of one cell's state, in longs.</summary>
    public int StateLength { get; }

    /// <summary>The position of a measure among <see cref="StockMeasures"/>, or -1 for a flow.</summary>
    public int StockSlotOf(int measureIndex) => _stockSlotOf[measureIndex];

    /// <summary>
    /// Whether a measure's period value can be read by a rule: sums and averages always; first and last only of stocks
    /// (only theirs are kept); min and max only of the measures declared with that rule (only theirs keep daily totals).
    /// </summary>
    public bool CanAggregate(int measureIndex, TimeAggregation aggregation) => aggregation switch
    {
        TimeAggregation.Sum or TimeAggregation.Average => true,
        TimeAggregation.First or TimeAggregation.Last => !Measures[measureIndex].IsAdditive,
        _ => MinMaxMeasures.Contains(measureIndex) && Measures[measureIndex].TimeAggregation == aggregation,
    };

    public int IndexOf(string measureId) => _indexById.TryGetValue(measureId, out int index) ? index : -1;
}
