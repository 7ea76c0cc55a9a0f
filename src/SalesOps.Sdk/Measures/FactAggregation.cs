using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Measures;

/// <summary>
/// Builds fact cubes from host data: raw rows (<see cref="IFactRowSource"/>, optionally partitioned and aggregated in
/// parallel) or pre-aggregated figures (<see cref="IAggregatedFactSource"/>).
/// </summary>
public static class FactAggregation
{
    /// <summary>Aggregates the rows of one source.</summary>
    /// <param name="source">The rows.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="grain">The period grain.</param>
    /// <param name="cancellationToken">Stops the aggregation.</param>
    /// <exception cref="FactDataException">A row is invalid.</exception>
    public static FactCube FromRows(IFactRowSource source, ReportingCalendar calendar, PeriodGrain grain, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var aggregator = new FactAggregator(source.Schema, calendar, grain);
        source.WriteTo(aggregator, cancellationToken);
        return aggregator.ToCubeTakingState();
    }

    /// <summary>
    /// Aggregates partitions of rows in parallel, each into its own state, and merges the states. The result equals
    /// aggregating all rows in one pass, exactly.
    /// </summary>
    /// <param name="partitions">The partitions; all with the same schema.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="grain">The period grain.</param>
    /// <param name="options">Parallelism; <see cref="FactAggregationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the aggregation.</param>
    /// <exception cref="ArgumentException">No partitions, or their schemas differ.</exception>
    /// <exception cref="FactDataException">A row is invalid.</exception>
    public static FactCube FromPartitions(
        IReadOnlyList<IFactRowSource> partitions,
        ReportingCalendar calendar,
        PeriodGrain grain,
        FactAggregationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(calendar);
        options ??= FactAggregationOptions.Default;
        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism should be at least 1.");
        }

        if (partitions.Count == 0)
        {
            throw new ArgumentException("At least one partition is needed.", nameof(partitions));
        }

        FactSchema schema = partitions[0].Schema;
        for (int i = 1; i < partitions.Count; i++)
        {
            if (!partitions[i].Schema.Equals(schema))
            {
                throw new ArgumentException($"Partition {i} has schema {partitions[i].Schema}, partition 0 has {schema}.", nameof(partitions));
            }
        }

        var cubes = new FactCube[partitions.Count];
        Parallel.For(
            0,
            partitions.Count,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i => cubes[i] = FromRows(partitions[i], calendar, grain, cancellationToken));

        FactCube result = FactCube.Empty(schema, calendar, grain);
        foreach (FactCube cube in cubes)
        {
            result = FactCube.Merge(result, cube);
        }

        return result;
    }

    /// <summary>Builds a cube from pre-aggregated figures.</summary>
    /// <param name="source">The figures.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="grain">The period grain.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="FactDataException">A figure is invalid.</exception>
    public static FactCube FromAggregatedFacts(IAggregatedFactSource source, ReportingCalendar calendar, PeriodGrain grain, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var aggregator = new FactAggregator(source.Schema, calendar, grain);
        foreach (AggregatedFact fact in source.GetFacts(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            aggregator.Add(fact);
        }

        return aggregator.ToCubeTakingState();
    }
}
