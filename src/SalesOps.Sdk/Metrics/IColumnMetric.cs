namespace SalesOps.Sdk.Metrics;

/// <summary>
/// A metric whose formula the engine can evaluate for a whole column of cells, reading its operands straight from the
/// cube and the stored columns of its dependencies, without a <see cref="MetricContext"/> per cell. Its
/// <see cref="IMetric.Evaluate"/> must give the same value and reason for every cell (it is what explanations use).
/// </summary>
internal interface IColumnMetric
{
    /// <summary>The measures and metrics the formula reads in the same row.</summary>
    IEnumerable<MetricOperand> RowOperands { get; }

    /// <summary>The measure the metric returns as it is (a simple metric), or null.</summary>
    MetricOperand? IdentityOperand { get; }

    /// <summary>Resolves the operands against one evaluation.</summary>
    ColumnKernel Bind(EvaluationStore store);
}
