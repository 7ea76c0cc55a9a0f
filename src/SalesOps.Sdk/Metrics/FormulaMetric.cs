using System.Collections.Immutable;
using SalesOps.Sdk.Measures;

namespace SalesOps.Sdk.Metrics;

/// <summary>
/// A metric that is a formula of operands (measures and other metrics) and, optionally, the cell's number of dates:
/// "not available" with the first missing operand's reason, otherwise whatever the formula gives. The engine evaluates
/// it column by column; <see cref="Evaluate"/> gives the same value and reason for one cell, with the inputs.
/// </summary>
internal sealed class FormulaMetric : IMetric, IColumnMetric
{
    private readonly ImmutableArray<MetricOperand> _operands;
    private readonly bool _readsDateCount;
    private readonly Formula _formula;

    /// <param name="definition">The definition; it must declare the metric operands as dependencies.</param>
    /// <param name="operands">What the formula reads, in the order of its inputs.</param>
    /// <param name="readsDateCount">Whether the formula reads the number of dates (added to the inputs as <c>dates</c>).</param>
    /// <param name="formula">The formula of the operands' values, all available.</param>
    /// <param name="identity">Whether the formula returns its only operand, a measure, as it is.</param>
    public FormulaMetric(MetricDefinition definition, ImmutableArray<MetricOperand> operands, bool readsDateCount, Formula formula, bool identity = false)
    {
        Definition = definition;
        _operands = operands;
        _readsDateCount = readsDateCount;
        _formula = formula;
        IdentityOperand = identity && operands.Length == 1 && !operands[0].IsMetric ? operands[0] : null;
    }

    /// <summary>The formula: a value, or null with the reason (e.g. a division by zero).</summary>
    /// <param name="operands">The operands' values, in order.</param>
    /// <param name="dateCount">The number of dates of the cell.</param>
    /// <param name="reason">Why there is no value.</param>
    public delegate decimal? Formula(ReadOnlySpan<decimal> operands, int dateCount, out string? reason);

    public MetricDefinition Definition { get; }

    public MetricValue Evaluate(MetricContext context)
    {
        int count = _operands.Length;
        var inputs = new MetricInput[count + (_readsDateCount ? 1 : 0)];
        Span<decimal> values = count <= 8 ? stackalloc decimal[8] : new decimal[count];
        string? missing = null;
        for (int i = 0; i < count; i++)
        {
            decimal? value = _operands[i].Read(context, out inputs[i], out string? reason);
            if (value is { } v)
            {
                values[i] = v;
            }
            else
            {
                missing ??= reason;
            }
        }

        if (_readsDateCount)
        {
            inputs[count] = new MetricInput("dates", context.DateCount);
        }

        if (missing is not null)
        {
            return MetricValue.Owned(null, missing, inputs);
        }

        decimal? result = _formula(values[..count], context.DateCount, out string? why);
        return MetricValue.Owned(result, result is null ? why : null, inputs);
    }

    public IEnumerable<MetricOperand> RowOperands => _operands;

    public MetricOperand? IdentityOperand { get; }

    public ColumnKernel Bind(EvaluationStore store) => new Kernel(this, [.. _operands.Select(o => new BoundOperand(o, store))], store.DateCounts);

    private sealed class Kernel(FormulaMetric metric, BoundOperand[] operands, int[] dateCounts) : ColumnKernel
    {
        public override decimal? Evaluate(int row, FactCell cell, out string? reason)
        {
            OperandValues buffer = default;
            Span<decimal> values = operands.Length <= OperandValues.Length ? ((Span<decimal>)buffer)[..operands.Length] : new decimal[operands.Length];
            for (int i = 0; i < operands.Length; i++)
            {
                if (operands[i].Read(row, cell) is not { } value)
                {
                    reason = operands[i].Reason(row);
                    return null;
                }

                values[i] = value;
            }

            decimal? result = metric._formula(values, dateCounts.Length > 0 ? dateCounts[row] : cell.DateCount, out reason);
            if (result is not null)
            {
                reason = null;
            }

            return result;
        }
    }

    /// <summary>Room for the values of up to four operands, on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct OperandValues
    {
        public const int Length = 4;

        private decimal _first;
    }
}
