namespace SalesOps.Sdk.Orleans;

/// <summary>How the ingestion of one partition went.</summary>
/// <param name="Key">The partition key.</param>
/// <param name="RowCount">The rows aggregated (each counted once).</param>
/// <param name="BatchCount">The batches the partition was cut into.</param>
/// <param name="Attempts">The passes over the partition's source: 1 when nothing failed.</param>
/// <param name="ResentBatches">The batches sent again after a failure (0 when nothing failed).</param>
public sealed record FactPartitionReport(string Key, long RowCount, long BatchCount, int Attempts, long ResentBatches);
