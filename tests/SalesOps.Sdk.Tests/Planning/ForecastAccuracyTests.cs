using SalesOps.Sdk.Planning;

namespace SalesOps.Sdk.Tests.Planning;

public class ForecastAccuracyTests
{
    // Item "a": actual 10, 0, 20, 10; forecast 12, 2, 15, 10 → e = +2, +2, −5, 0.
    private static readonly ForecastObservation[] ItemA =
    [
        new("a", 1, 10m, 12m),
        new("a", 2, 0m, 2m),
        new("a", 3, 20m, 15m),
        new("a", 4, 10m, 10m),
    ];

    [Fact]
    public void Evaluate_HandComputedItem_EveryMeasure()
    {
        ForecastAccuracyResult a = ForecastAccuracy.Evaluate(ItemA).Items.Single();

        a.Item.Should().Be("a");
        a.Observations.Should().Be(4);
        a.ActualUnits.Should().Be(40m);
        a.ForecastUnits.Should().Be(39m);
        a.AbsoluteError.Should().Be(9m);
        a.Wape.Value.Should().Be(9m / 40m);
        // MAPE over the three non-zero actuals: (2/10 + 5/20 + 0/10) / 3 = 0.15; the zero actual is counted apart.
        a.Mape.Value.Should().Be(0.15m);
        a.MapeObservations.Should().Be(3);
        a.ZeroActualObservations.Should().Be(1);
        a.Bias.Should().Be(-1m);
        a.BiasRate.Value.Should().Be(-1m / 40m);
        // Tracking signal = Σe / MAD = −1 / (9/4).
        a.TrackingSignal.Value.Should().Be(-1m / (9m / 4m));
        a.TrackingSignalOutOfLimits.Should().BeFalse();
        // Naive forecasts for periods 2..4: 10, 0, 20 against actuals 0, 20, 10: baseline WAPE 40/30; forecast on the same rows 7/30.
        a.BaselineObservations.Should().Be(3);
        a.BaselineWape.Value.Should().Be(40m / 30m);
        a.ForecastValueAdded.Value.Should().Be((40m / 30m) - (7m / 30m));
    }

    [Fact]
    public void Evaluate_PersistentOverForecast_TrackingSignalFlagged()
    {
        ForecastObservation[] rows = [.. Enumerable.Range(1, 6).Select(p => new ForecastObservation("x", p, 10m, 12m))];

        ForecastAccuracyResult x = ForecastAccuracy.Evaluate(rows).Items.Single();

        x.TrackingSignal.Value.Should().Be(6m);
        x.TrackingSignalOutOfLimits.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_Window_UsesOnlyTheLatestPeriods()
    {
        // Errors +2 ×3 then −1 ×3; window 3: Σe = −3, MAD = 1 → −3; whole history: Σe = 3, MAD = 1.5 → 2.
        ForecastObservation[] rows =
        [
            .. Enumerable.Range(1, 3).Select(p => new ForecastObservation("x", p, 10m, 12m)),
            .. Enumerable.Range(4, 3).Select(p => new ForecastObservation("x", p, 10m, 9m)),
        ];

        ForecastAccuracy.Evaluate(rows, new ForecastAccuracyOptions { TrackingSignalWindow = 3 }).Items[0].TrackingSignal.Value.Should().Be(-3m);
        ForecastAccuracy.Evaluate(rows).Items[0].TrackingSignal.Value.Should().Be(2m);
        ForecastAccuracy.Evaluate(rows, new ForecastAccuracyOptions { TrackingSignalLimit = 1.5m }).Items[0].TrackingSignalOutOfLimits.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_Total_PoolsRowsAndTracksPerPeriodSums()
    {
        ForecastObservation[] rows = [.. ItemA, new("b", 1, 5m, 3m), new("b", 2, 5m, 5m)];

        ForecastAccuracyReport report = ForecastAccuracy.Evaluate(rows);

        report.Items.Select(i => i.Item).Should().Equal("a", "b");
        ForecastAccuracyResult total = report.Total;
        total.Item.Should().BeNull();
        total.Observations.Should().Be(6);
        total.Wape.Value.Should().Be(11m / 50m);
        total.Bias.Should().Be(-3m);
        // Per-period error sums: p1 2−2 = 0, p2 2+0 = 2, p3 −5, p4 0 → Σ = −3, MAD = 7/4.
        total.TrackingSignal.Value.Should().Be(-3m / (7m / 4m));
        // Baselines: a p2..p4 (|10−0|+|0−20|+|20−10| = 40) and b p2 (|5−5| = 0) over actuals 35; forecast 7 + 0.
        total.BaselineWape.Value.Should().Be(40m / 35m);
        total.ForecastValueAdded.Value.Should().Be((40m / 35m) - (7m / 35m));
    }

    [Fact]
    public void Evaluate_HostBaseline_ComparesWithIt()
    {
        ForecastObservation[] rows = [new("a", 1, 10m, 12m, Baseline: 15m), new("a", 2, 10m, 9m, Baseline: 10m), new("a", 3, 10m, 10m)];

        ForecastAccuracyResult a = ForecastAccuracy.Evaluate(rows, new ForecastAccuracyOptions { Baseline = ForecastBaseline.Host }).Items[0];

        a.BaselineObservations.Should().Be(2);
        a.BaselineWape.Value.Should().Be(5m / 20m);
        a.ForecastValueAdded.Value.Should().Be((5m / 20m) - (3m / 20m));
    }

    [Fact]
    public void Evaluate_NaiveNeedsThePreviousPeriod_GapsLeftOut()
    {
        ForecastObservation[] rows = [new("a", 1, 10m, 10m), new("a", 3, 20m, 20m)];

        ForecastAccuracyResult a = ForecastAccuracy.Evaluate(rows).Items[0];

        a.BaselineObservations.Should().Be(0);
        a.ForecastValueAdded.IsAvailable.Should().BeFalse();
        a.ForecastValueAdded.Reason.Should().Contain("previous period");
        a.TrackingSignal.Reason.Should().Contain("mean absolute deviation");
    }

    [Fact]
    public void Evaluate_AllActualsZero_RatiosNotAvailableNeverNaN()
    {
        ForecastAccuracyResult a = ForecastAccuracy.Evaluate([new("a", 1, 0m, 3m), new("a", 2, 0m, 1m)]).Items[0];

        a.Wape.IsAvailable.Should().BeFalse();
        a.BiasRate.IsAvailable.Should().BeFalse();
        a.Mape.IsAvailable.Should().BeFalse();
        a.Mape.Reason.Should().Contain("2 with actual 0");
        a.ZeroActualObservations.Should().Be(2);
        a.ForecastValueAdded.IsAvailable.Should().BeFalse();
        a.TrackingSignal.Value.Should().Be(2m);
    }

    [Fact]
    public void Evaluate_NoObservations_EmptyReport()
    {
        ForecastAccuracyReport report = ForecastAccuracy.Evaluate([]);

        report.Items.Should().BeEmpty();
        report.Total.Observations.Should().Be(0);
        report.Total.Wape.IsAvailable.Should().BeFalse();
        report.Total.TrackingSignal.Reason.Should().Be("no observations");
    }

    [Fact]
    public void Evaluate_BadInput_Throws()
    {
        ((Action)(() => ForecastAccuracy.Evaluate([new("a", 1, 1m, 1m), new("a", 1, 2m, 2m)]))).Should().Throw<ArgumentException>().WithMessage("*observations[1]: item a period 1 appears more than once*");
        ((Action)(() => ForecastAccuracy.Evaluate([new("a", 1, -1m, 1m)]))).Should().Throw<ArgumentException>().WithMessage("*cannot be negative*");
        ((Action)(() => ForecastAccuracy.Evaluate([new("a", 1, 1m, -1m)]))).Should().Throw<ArgumentException>().WithMessage("*cannot be negative*");
        ((Action)(() => ForecastAccuracy.Evaluate([new("a", 1, 1m, 1m, -1m)]))).Should().Throw<ArgumentException>().WithMessage("*cannot be negative*");
        ((Action)(() => ForecastAccuracy.Evaluate([new("", 1, 1m, 1m)]))).Should().Throw<ArgumentException>().WithMessage("*has no item*");
        ((Action)(() => ForecastAccuracy.Evaluate([], new ForecastAccuracyOptions { TrackingSignalWindow = 0, TrackingSignalLimit = 0m })))
            .Should().Throw<ArgumentException>().Which.Message.Should().Contain("trackingSignalWindow 0").And.Contain("trackingSignalLimit 0");
    }
}
