using NodaTime;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.IO.Tests;

/// <summary>The code examples of docs/data-input.md, kept compiling and correct.</summary>
public sealed class DataInputExampleTests
{
    private static readonly FactSchema Schema = new(
        ["sku", "store"],
        [StandardMeasures.UnitsSold, StandardMeasures.Revenue, StandardMeasures.OnHandValue]);

    [Fact]
    public void RawRowsExample_GivesTheDocumentedValues()
    {
        var rows = new InMemoryFactRowSource(Schema,
        [
            new FactRow(new LocalDate(2024, 1, 1), ["SKU-1", "S01"], [3m, 29.97m, 120.00m]),
            new FactRow(new LocalDate(2024, 1, 1), ["SKU-1", "S02"], [1m, 9.99m, 80.00m]),
            new FactRow(new LocalDate(2024, 1, 2), ["SKU-1", "S01"], [2m, 19.98m, 100.00m]),
        ]);

        FactCube cube = FactAggregation.FromRows(rows, ReportingCalendars.Gregorian, PeriodGrain.Month);
        FactCell january = cube.Total().Cells[0];

        january.GetValue("revenue").Should().Be(59.94m);
        january.GetValue("on_hand_value").Should().Be(150m);
    }

    [Fact]
    public void AggregatedFactsExample_GivesTheSameCubeAsTheRows()
    {
        var query = new[]
        {
            (Day: new DateOnly(2024, 1, 1), Sku: "SKU-1", Store: "S01", Units: 3m, Revenue: 29.97m, OnHand: 120.00m, Rows: 1L),
            (Day: new DateOnly(2024, 1, 1), Sku: "SKU-1", Store: "S02", Units: 1m, Revenue: 9.99m, OnHand: 80.00m, Rows: 1L),
            (Day: new DateOnly(2024, 1, 2), Sku: "SKU-1", Store: "S01", Units: 2m, Revenue: 19.98m, OnHand: 100.00m, Rows: 1L),
        };

        FactCube cube = FactAggregation.FromAggregatedFacts(new SqlDailyFacts(Schema, query), ReportingCalendars.Gregorian, PeriodGrain.Month);

        cube.Total().Cells[0].GetValue("revenue").Should().Be(59.94m);
        cube.Total().Cells[0].GetValue("on_hand_value").Should().Be(150m);
        cube.Total().Cells[0].RowCount.Should().Be(3);
    }

    private sealed class SqlDailyFacts(FactSchema schema, IEnumerable<(DateOnly Day, string Sku, string Store, decimal Units, decimal Revenue, decimal OnHand, long Rows)> query)
        : IAggregatedFactSource
    {
        public FactSchema Schema => schema;

        public IEnumerable<AggregatedFact> GetFacts(CancellationToken cancellationToken)
        {
            foreach (var r in query)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new AggregatedFact(
                    LocalDate.FromDateOnly(r.Day), [r.Sku, r.Store], [r.Units, r.Revenue, r.OnHand], r.Rows);
            }
        }
    }
}
