namespace SalesOps.Cli.Report;

/// <summary>A "nice" linear axis: bounds and ticks on steps of 1, 2 or 5 × 10^k that cover the data.</summary>
internal sealed record AxisScale(decimal Min, decimal Max, decimal Step)
{
    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<decimal> Ticks
    {
        get
        {
            var ticks = new List<decimal>();
            for (decimal tick = Min; tick <= Max + (Step / 1000m); tick += Step)
            {
                ticks.Add(tick);
            }

            return ticks;
        }
    }

    /// <summary>The scale covering <paramref name="low"/>..<paramref name="high"/> with about <paramref name="ticks"/> intervals.</summary>
    public static AxisScale Nice(decimal low, decimal high, int ticks = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticks, 1);
        if (high < low)
        {
            (low, high) = (high, low);
        }

        if (high == low)
        {
            decimal pad = low == 0m ? 1m : Math.Abs(low) * 0.1m;
            (low, high) = (low - pad, high + pad);
        }

        decimal step = NiceStep((high - low) / ticks);
        return new AxisScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    private static decimal NiceStep(decimal rough)
    {
        decimal magnitude = 1m;
        while (magnitude * 10m <= rough)
        {
            magnitude *= 10m;
        }

        while (magnitude > rough)
        {
            magnitude /= 10m;
        }

        decimal fraction = rough / magnitude; // in [1, 10)
        decimal nice = fraction <= 1m ? 1m : fraction <= 2m ? 2m : fraction <= 5m ? 5m : 10m;
        return nice * magnitude;
    }
}
