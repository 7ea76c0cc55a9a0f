using System.Collections.Immutable;

namespace SalesOps.Sdk.Orleans;

/// <summary>The result of a cluster aggregation: the merged cube and a report per partition.</summary>
/// <param name="Cube">
/// The merged cube: equal to the cube one process builds from all the rows, ready for the metric engine, scorecards
/// and diagnosis.
/// </param>
/// <param name="Partitions">One report per partition, in the order the partitions were given.</param>
public sealed record ClusterAggregationResult(FactCube Cube, ImmutableArray<FactPartitionReport> Partitions);
