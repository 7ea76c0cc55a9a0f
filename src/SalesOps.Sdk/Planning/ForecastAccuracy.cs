using System.Collections.Immutable;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Planning;

/// <summary>
/// Forecast accuracy per item and aggregated: WAPE, MAPE (zero actuals excluded and counted), bias, tracking signal
/// with ±limits, and forecast value added against a naive or a host baseline.
/// </summary>
/// <remarks>
/// Pure and thread-safe; decimal arithmetic, never NaN. Sources: Hyndman &amp; Koehler (2006) for the error measures;
/// Brown (1959) and Trigg (1964) for the tracking signal; Gilliland, <i>The Business Forecasting Deal</i> (2010), for
/// forecast value added.
/// </remarks>
public static class ForecastAccuracy
{
    /// <summary>Evaluates forecasts against actuals.</summary>
    /// <param name="observations">The observations; (item, period) unique.</param>
    /// <param name="options">The options; <see cref="ForecastAccuracyOptions.Default"/> when null.</param>
    /// <returns>The accuracy per item and in total.</returns>
    /// <exception cref="ArgumentException">
    /// An observation is null, has no item, repeats an (item, period), or has a negative actual, forecast or baseline;
    /// or the options are invalid.
    /// </exception>
    public static ForecastAccuracyReport Evaluate(IEnumerable<ForecastObservation> observations, ForecastAccuracyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        options ??= ForecastAccuracyOptions.Default;
        CheckOptions(options);
        ForecastObservation[] rows = [.. observations];
        Check(rows, nameof(observations));

        var items = ImmutableArray.CreateBuilder<ForecastAccuracyResult>();
        var all = new List<(ForecastObservation Row, decimal? Baseline)>(rows.Length);
        foreach (IGrouping<string, ForecastObservation> item in rows.GroupBy(r => r.Item, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Dictionary<int, decimal> actualByPeriod = item.ToDictionary(r => r.Period, r => r.Actual);
            (ForecastObservation Row, decimal? Baseline)[] series =
            [
                .. item.OrderBy(r => r.Period).Select(r => (r, options.Baseline == ForecastBaseline.Host
                    ? r.Baseline
                    : actualByPeriod.TryGetValue(r.Period - 1, out decimal previous) ? previous : (decimal?)null)),
            ];
            all.AddRange(series);
            decimal[] errors = [.. series.Select(s => s.Row.Forecast - s.Row.Actual)];
            items.Add(Measure(item.Key, series, errors, options));
        }

        decimal[] totalErrors =
        [
            .. all.GroupBy(s => s.Row.Period).OrderBy(g => g.Key).Select(g => g.Sum(s => s.Row.Forecast - s.Row.Actual)),
        ];
        return new ForecastAccuracyReport(items.ToImmutable(), Measure(null, all, totalErrors, options));
    }

    private static ForecastAccuracyResult Measure(
        string? item,
        IReadOnlyCollection<(ForecastObservation Row, decimal? Baseline)> series,
        decimal[] periodErrors,
        ForecastAccuracyOptions options)
    {
        decimal actual = 0m, forecast = 0m, absolute = 0m, apeSum = 0m;
        decimal baselineActual = 0m, baselineAbsolute = 0m, forecastAbsoluteOnBaseline = 0m;
        int apeCount = 0, zeroActuals = 0, baselineCount = 0;
        foreach ((ForecastObservation row, decimal? baseline) in series)
        {
            decimal error = Math.Abs(row.Forecast - row.Actual);
            actual += row.Actual;
            forecast += row.Forecast;
            absolute += error;
            if (row.Actual == 0m)
            {
                zeroActuals++;
            }
            else
            {
                apeSum += error / row.Actual;
                apeCount++;
            }

            if (baseline is { } b)
            {
                baselineCount++;
                baselineActual += row.Actual;
                baselineAbsolute += Math.Abs(b - row.Actual);
                forecastAbsoluteOnBaseline += error;
            }
        }

        var actualInput = new MetricInput("actual_units", actual);
        MetricValue wape = Ratio(absolute, actual, "the actual units sum to 0", new MetricInput("absolute_error", absolute), actualInput);
        MetricValue mape = apeCount == 0
            ? MetricValue.NotAvailable($"no observation has a non-zero actual ({zeroActuals} with actual 0)")
            : MetricValue.Of(apeSum / apeCount, new MetricInput("ape_sum", apeSum), new MetricInput("ape_observations", apeCount));
        MetricValue biasRate = Ratio(forecast - actual, actual, "the actual units sum to 0", new MetricInput("bias", forecast - actual), actualInput);

        decimal[] window = periodErrors.Length > options.TrackingSignalWindow ? periodErrors[^options.TrackingSignalWindow..] : periodErrors;
        decimal runningSum = window.Sum();
        decimal mad = window.Length == 0 ? 0m : window.Sum(Math.Abs) / window.Length;
        MetricValue trackingSignal = mad == 0m
            ? MetricValue.NotAvailable(window.Length == 0 ? "no observations" : "the mean absolute deviation over the window is 0")
            : MetricValue.Of(runningSum / mad, new MetricInput("running_sum_of_errors", runningSum), new MetricInput("mad", mad), new MetricInput("window", window.Length));

        MetricValue baselineWape, fva;
        if (baselineCount == 0)
        {
            string reason = options.Baseline == ForecastBaseline.Naive
                ? "no observation has a previous period to make a naive forecast from"
                : "no observation has a host baseline";
            baselineWape = MetricValue.NotAvailable(reason);
            fva = MetricValue.NotAvailable(reason);
        }
        else if (baselineActual == 0m)
        {
            baselineWape = MetricValue.NotAvailable("the actual units of the observations with a baseline sum to 0");
            fva = baselineWape;
        }
        else
        {
            decimal baselineRate = baselineAbsolute / baselineActual;
            decimal forecastRate = forecastAbsoluteOnBaseline / baselineActual;
            baselineWape = MetricValue.Of(baselineRate, new MetricInput("baseline_absolute_error", baselineAbsolute), new MetricInput("actual_units", baselineActual));
            fva = MetricValue.Of(baselineRate - forecastRate, new MetricInput("baseline_wape", baselineRate), new MetricInput("forecast_wape", forecastRate));
        }

        return new ForecastAccuracyResult
        {
            Item = item,
            Observations = series.Count,
            ActualUnits = actual,
            ForecastUnits = forecast,
            AbsoluteError = absolute,
            Wape = wape,
            Mape = mape,
            MapeObservations = apeCount,
            ZeroActualObservations = zeroActuals,
            Bias = forecast - actual,
            BiasRate = biasRate,
            TrackingSignal = trackingSignal,
            TrackingSignalOutOfLimits = trackingSignal.Value is { } ts && Math.Abs(ts) > options.TrackingSignalLimit,
            BaselineObservations = baselineCount,
            BaselineWape = baselineWape,
            ForecastValueAdded = fva,
        };
    }

    private static MetricValue Ratio(decimal numerator, decimal denominator, string reason, params MetricInput[] inputs) =>
        denominator == 0m ? MetricValue.NotAvailable(reason, inputs) : MetricValue.Of(numerator / denominator, inputs);

    private static void CheckOptions(ForecastAccuracyOptions options)
    {
        var problems = new List<string>();
        if (options.TrackingSignalWindow < 1)
        {
            problems.Add($"trackingSignalWindow {options.TrackingSignalWindow} should be 1 or more.");
        }

        if (options.TrackingSignalLimit <= 0m)
        {
            problems.Add($"trackingSignalLimit {options.TrackingSignalLimit} should be more than 0.");
        }

        if (!Enum.IsDefined(options.Baseline))
        {
            problems.Add($"baseline {(int)options.Baseline} is not defined; allowed values: Naive, Host.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
    }

    private static void Check(ForecastObservation[] rows, string parameterName)
    {
        var seen = new HashSet<(string, int)>();
        for (int i = 0; i < rows.Length; i++)
        {
            ForecastObservation row = rows[i] ?? throw new ArgumentException($"observations[{i}] is null.", parameterName);
            if (string.IsNullOrEmpty(row.Item))
            {
                throw new ArgumentException($"observations[{i}] has no item.", parameterName);
            }

            if (!seen.Add((row.Item, row.Period)))
            {
                throw new ArgumentException($"observations[{i}]: item {row.Item} period {row.Period} appears more than once.", parameterName);
            }

            if (row.Actual < 0m || row.Forecast < 0m || row.Baseline < 0m)
            {
                throw new ArgumentException(
                    $"observations[{i}] (item {row.Item}, period {row.Period}): actual {row.Actual}, forecast {row.Forecast} and baseline {row.Baseline?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} cannot be negative.",
                    parameterName);
            }
        }
    }
}
