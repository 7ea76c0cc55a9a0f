namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>One way of computing the KPI pack per SKU × month and in total.</summary>
internal interface IContender : IDisposable
{
    /// <summary>The name in the report (salesops, duckdb, linq, hand_tuned_loop, hand_tuned_decimal).</summary>
    string Name { get; }

    /// <summary>Untimed preparation, e.g. loading the rows into DuckDB.</summary>
    void Prepare(ComparisonDataSet data, int threads);

    /// <summary>The timed computation: from the rows to materialised KPI results.</summary>
    object Run();

    /// <summary>Untimed: the results in the comparable form.</summary>
    KpiTable ToTable(object results);
}
