using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    private readonly FormulaShape _shape;
    private readonly decimal _factor;

    /// <param name="definition">The definition; it must declare the metric operands as dependencies.</param>
    /// <param name="operands">What the formula reads, in the order of its inputs.</param>
    /// <param name="readsDateCount">Whether the formula reads the number of dates (added to the inputs as <c>dates</c>).</param>
    /// <param name="formula">The formula of the operands' values, all available.</param>
    /// <param name="shape">
    /// What the formula is, when it is one the engine computes without calling it: the identity of its only operand,
    /// the difference of two operands, or a ratio of two (<see cref="Metric.Ratio"/>, with <paramref name="factor"/>).
    /// It must give exactly what <paramref name="formula"/> gives.
    /// </param>
    /// <param name="factor">The factor of a ratio.</param>
    public FormulaMetric(
        MetricDefinition definition,
        ImmutableArray<MetricOperand> operands,
        bool readsDateCount,
        Formula formula,
        FormulaShape shape = FormulaShape.Other,
        decimal factor = 1m)
    {
        Definition = definition;
        _operands = operands;
        _readsDateCount = readsDateCount;
        _formula = formula;
        _shape = operands.Length == (shape == FormulaShape.Identity ? 1 : 2) ? shape : FormulaShape.Other;
        _factor = factor;
        IdentityOperand = _shape == FormulaShape.Identity && !operands[0].IsMetric ? operands[0] : null;
    }

    /// <summary>The formulas the engine computes itself over whole columns.</summary>
    internal enum FormulaShape
    {
        /// <summary>Any other: the formula is called for every row.</summary>
        Other,

        /// <summary>The only operand as it is.</summary>
        Identity,

        /// <summary>The first operand minus the second.</summary>
        Difference,

        /// <summary>factor × first / second; "division by zero: {second} is 0" when the second is 0.</summary>
        Ratio,
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

    public ColumnKernel Bind(EvaluationStore store)
    {
        BoundOperand[] operands = [.. _operands.Select(o => new BoundOperand(o, store))];
        bool columns = operands.All(o => o.Column is not null);
        return _shape switch
        {
            FormulaShape.Ratio when columns => new RatioKernel(operands[0], operands[1], _factor, $"division by zero: {_operands[1].Id} is 0"),
            FormulaShape.Difference when columns => new DifferenceKernel(operands[0], operands[1]),
            _ => new Kernel(this, operands, store.DateCounts, store.Cube),
        };
    }

    /// <summary>Any formula, called row by row with the operands' values.</summary>
    private sealed class Kernel(FormulaMetric metric, BoundOperand[] operands, int[] dateCounts, FactCube cube) : ColumnKernel
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a single evaluation is hot at once: no slow first tier
        public override void Evaluate(ref int row, int to, ColumnOutput output)
        {
            for (; row < to; row++)
            {
                OperandValues buffer = default;
                Span<decimal> values = operands.Length <= OperandValues.Length ? ((Span<decimal>)buffer)[..operands.Length] : new decimal[operands.Length];
                string? missing = null;
                for (int i = 0; i < operands.Length; i++)
                {
                    if (operands[i].Read(row, cube) is not { } value)
                    {
                        missing = operands[i].Reason(row);
                        break;
                    }

                    values[i] = value;
                }

                if (missing is not null)
                {
                    output.Missing(row, missing);
                    continue;
                }

                decimal? result = metric._formula(values, dateCounts.Length > 0 ? dateCounts[row] : cube.Cells[row].DateCount, out string? reason);
                output.Write(row, result, reason ?? MetricEngine.NoValueNoReason);
            }
        }
    }

    /// <summary>Why a row of two column operands has no value (the first one that is missing), or null when both have one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? FirstMissing(in BoundOperand first, in BoundOperand second, int row) =>
        first.ColumnReasons is { } firstReasons && firstReasons[row] is not null ? first.Reason(row)
        : second.ColumnReasons is { } secondReasons && secondReasons[row] is not null ? second.Reason(row)
        : null;

    /// <summary>factor × top / bottom over columns, without calling the formula.</summary>
    private sealed class RatioKernel(BoundOperand top, BoundOperand bottom, decimal factor, string divisionByZero) : ColumnKernel
    {
        private readonly bool _plain = factor == 1m && factor.Scale == 0; // × 1 (scale 0) changes neither the value nor its scale

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a single evaluation is hot at once: no slow first tier
        public override void Evaluate(ref int row, int to, ColumnOutput output)
        {
            decimal[] values = output.Values;
            decimal[] tops = top.Column!;
            decimal[] bottoms = bottom.Column!;
            for (; row < to; row++)
            {
                if (FirstMissing(top, bottom, row) is { } missing)
                {
                    output.Missing(row, missing);
                }
                else if (bottoms[row] is var denominator && denominator == 0m)
                {
                    output.Missing(row, divisionByZero);
                }
                else
                {
                    values[row] = _plain ? tops[row] / denominator : factor * tops[row] / denominator;
                }
            }
        }
    }

    /// <summary>left − right over columns, without calling the formula.</summary>
    private sealed class DifferenceKernel(BoundOperand left, BoundOperand right) : ColumnKernel
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a single evaluation is hot at once: no slow first tier
        public override void Evaluate(ref int row, int to, ColumnOutput output)
        {
            decimal[] values = output.Values;
            decimal[] lefts = left.Column!;
            decimal[] rights = right.Column!;
            for (; row < to; row++)
            {
                if (FirstMissing(left, right, row) is { } missing)
                {
                    output.Missing(row, missing);
                }
                else
                {
                    values[row] = lefts[row] - rights[row];
                }
            }
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
