using System.Collections.Immutable;

namespace SalesOps.Sdk.Planning;

/// <summary>
/// A consensus demand plan from several inputs (sales, statistical, marketing, …): the weighted mean of the inputs for
/// each item × period, and — once actuals are known — each input's accuracy and forecast value added.
/// </summary>
/// <remarks>
/// consensus = Σ wₛ·unitsₛ / Σ wₛ over the sources that forecast the item × period. The default weights are equal:
/// the simple mean of forecasts is hard to beat (Clemen, "Combining forecasts", 1989); give a source more weight once
/// its forecast value added has earned it. Forecast value added per input is against the naive forecast (the item's
/// actual of the previous period) over the item × periods with an actual and a previous actual (Gilliland 2010).
/// </remarks>
public static class ConsensusDemand
{
    /// <summary>Builds the consensus plan.</summary>
    /// <param name="inputs">The inputs; (source, item, period) unique.</param>
    /// <param name="weights">Each source's weight (0 or more), covering every source of the inputs; equal weights when null.</param>
    /// <param name="actuals">Actual units per item × period, to score the inputs; none when null.</param>
    /// <returns>The consensus lines, the normalised weights and the accuracy of every input and of the consensus.</returns>
    /// <exception cref="ArgumentException">
    /// An input is null, has no source or item, uses the reserved source name <c>consensus</c>, has negative units or
    /// repeats; a weight is negative or missing for a source; the weights of an item × period's sources sum to 0; or
    /// an actual repeats or is negative.
    /// </exception>
    public static ConsensusPlan Build(IEnumerable<DemandInput> inputs, IReadOnlyDictionary<string, decimal>? weights = null, IEnumerable<PlanLine>? actuals = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        DemandInput[] rows = [.. inputs];
        CheckInputs(rows, nameof(inputs));
        string[] sources = [.. rows.Select(r => r.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        ImmutableDictionary<string, decimal> normalised = Normalise(sources, weights, nameof(weights));

        var lines = ImmutableArray.CreateBuilder<PlanLine>();
        foreach (IGrouping<(string Item, int Period), DemandInput> cell in rows
            .GroupBy(r => (r.Item, r.Period))
            .OrderBy(g => g.Key.Item, StringComparer.Ordinal).ThenBy(g => g.Key.Period))
        {
            decimal weightSum = cell.Sum(r => normalised[r.Source]);
            if (weightSum == 0m)
            {
                throw new ArgumentException(
                    $"item {cell.Key.Item} period {cell.Key.Period}: its sources ({string.Join(", ", cell.Select(r => r.Source))}) all have weight 0.", nameof(weights));
            }

            lines.Add(new PlanLine(cell.Key.Item, cell.Key.Period, cell.Sum(r => normalised[r.Source] * r.Units) / weightSum));
        }

        ImmutableArray<PlanLine> consensus = lines.ToImmutable();
        ImmutableArray<SourceAccuracy> accuracy = [];
        if (actuals is not null)
        {
            Dictionary<(string, int), decimal> actual = IndexActuals(actuals, nameof(actuals));
            var scored = ImmutableArray.CreateBuilder<SourceAccuracy>(sources.Length + 1);
            foreach (string source in sources)
            {
                scored.Add(new SourceAccuracy(source, normalised[source], Score(rows.Where(r => r.Source == source).Select(r => new PlanLine(r.Item, r.Period, r.Units)), actual)));
            }

            scored.Add(new SourceAccuracy(DemandSources.Consensus, null, Score(consensus, actual)));
            accuracy = scored.MoveToImmutable();
        }

        return new ConsensusPlan(consensus, normalised, accuracy);
    }

    private static ForecastAccuracyResult Score(IEnumerable<PlanLine> forecast, Dictionary<(string, int), decimal> actual)
    {
        IEnumerable<ForecastObservation> observations = forecast
            .Where(f => actual.ContainsKey((f.Item, f.Period)))
            .Select(f => new ForecastObservation(
                f.Item,
                f.Period,
                actual[(f.Item, f.Period)],
                f.Units,
                actual.TryGetValue((f.Item, f.Period - 1), out decimal previous) ? previous : null));
        return ForecastAccuracy.Evaluate(observations, new ForecastAccuracyOptions { Baseline = ForecastBaseline.Host }).Total;
    }

    private static ImmutableDictionary<string, decimal> Normalise(string[] sources, IReadOnlyDictionary<string, decimal>? weights, string parameterName)
    {
        var raw = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (string source in sources)
        {
            if (weights is null)
            {
                raw[source] = 1m;
            }
            else if (!weights.TryGetValue(source, out decimal weight))
            {
                throw new ArgumentException($"weights has no weight for source '{source}'; sources: {string.Join(", ", sources)}.", parameterName);
            }
            else if (weight < 0m)
            {
                throw new ArgumentException($"weights['{source}'] is {weight}; a weight cannot be negative.", parameterName);
            }
            else
            {
                raw[source] = weight;
            }
        }

        decimal total = raw.Values.Sum();
        if (sources.Length > 0 && total == 0m)
        {
            throw new ArgumentException("The weights of the sources sum to 0.", parameterName);
        }

        return raw.ToImmutableDictionary(p => p.Key, p => p.Value / total, StringComparer.Ordinal);
    }

    private static void CheckInputs(DemandInput[] rows, string parameterName)
    {
        var seen = new HashSet<(string, string, int)>();
        for (int i = 0; i < rows.Length; i++)
        {
            DemandInput row = rows[i] ?? throw new ArgumentException($"inputs[{i}] is null.", parameterName);
            if (string.IsNullOrEmpty(row.Source) || string.IsNullOrEmpty(row.Item))
            {
                throw new ArgumentException($"inputs[{i}] has no source or no item.", parameterName);
            }

            if (row.Source == DemandSources.Consensus)
            {
                throw new ArgumentException($"inputs[{i}]: the source name '{DemandSources.Consensus}' is reserved for the consensus itself.", parameterName);
            }

            if (row.Units < 0m)
            {
                throw new ArgumentException($"inputs[{i}] ({row.Source}, item {row.Item}, period {row.Period}): units {row.Units} cannot be negative.", parameterName);
            }

            if (!seen.Add((row.Source, row.Item, row.Period)))
            {
                throw new ArgumentException($"inputs[{i}]: source {row.Source} item {row.Item} period {row.Period} appears more than once.", parameterName);
            }
        }
    }

    private static Dictionary<(string, int), decimal> IndexActuals(IEnumerable<PlanLine> actuals, string parameterName)
    {
        var index = new Dictionary<(string, int), decimal>();
        int i = 0;
        foreach (PlanLine line in actuals)
        {
            if (line is null || string.IsNullOrEmpty(line.Item))
            {
                throw new ArgumentException($"actuals[{i}] is null or has no item.", parameterName);
            }

            if (line.Units < 0m)
            {
                throw new ArgumentException($"actuals[{i}] (item {line.Item}, period {line.Period}): units {line.Units} cannot be negative.", parameterName);
            }

            if (!index.TryAdd((line.Item, line.Period), line.Units))
            {
                throw new ArgumentException($"actuals[{i}]: item {line.Item} period {line.Period} appears more than once.", parameterName);
            }

            i++;
        }

        return index;
    }
}
