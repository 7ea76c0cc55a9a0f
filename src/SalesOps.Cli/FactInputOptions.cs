using System.CommandLine;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Cli;

/// <summary>The options every analysis command shares: the facts file, the calendar and the grain.</summary>
internal sealed class FactInputOptions
{
    public Option<FileInfo> Facts { get; } = new("--facts")
    {
        Description = "The fact file (.csv or .parquet) in the layout of docs/data-input.md.",
        Required = true,
    };

    public Option<string> Calendar { get; } = new("--calendar")
    {
        Description = $"The reporting calendar: {string.Join(", ", ReportingCalendars.PresetNames)}.",
        DefaultValueFactory = _ => "gregorian",
    };

    public Option<string> Grain { get; } = new("--grain")
    {
        Description = "The period grain: week, month, quarter or year.",
        DefaultValueFactory = _ => "month",
    };

    public Option<bool> BlankAsZero { get; } = new("--blank-as-zero")
    {
        Description = "Treat an empty measure cell as 0 instead of refusing the file.",
    };

    public Option<int?> Threads { get; } = new("--threads")
    {
        Description = "How many threads read a CSV file (default: one per processor; 1 reads on one thread). The results are the same.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Facts);
        command.Options.Add(Calendar);
        command.Options.Add(Grain);
        command.Options.Add(BlankAsZero);
        command.Options.Add(Threads);
    }

    public int ReadThreads(ParseResult parse)
    {
        int? threads = parse.GetValue(Threads);
        return threads switch
        {
            null => Environment.ProcessorCount,
            >= 1 => threads.Value,
            _ => throw new ArgumentException($"--threads must be at least 1, not {threads}"),
        };
    }

    public ReportingCalendar ReadCalendar(ParseResult parse)
    {
        string name = parse.GetValue(Calendar) ?? "gregorian";
        return ReportingCalendars.TryFromName(name, out ReportingCalendar? calendar)
            ? calendar
            : throw new ArgumentException($"unknown calendar '{name}'; allowed values: {string.Join(", ", ReportingCalendars.PresetNames)}");
    }

    public PeriodGrain ReadGrain(ParseResult parse)
    {
        string grain = (parse.GetValue(Grain) ?? "month").Trim().ToLowerInvariant();
        return grain switch
        {
            "week" => PeriodGrain.Week,
            "month" => PeriodGrain.Month,
            "quarter" => PeriodGrain.Quarter,
            "year" => PeriodGrain.Year,
            _ => throw new ArgumentException($"unknown grain '{grain}'; allowed values: week, month, quarter, year"),
        };
    }

    /// <summary>Whether the user gave the option on the command line (rather than its default applying).</summary>
    public static bool IsGiven(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    /// <summary>Reads and aggregates the facts file; prints a warning about ignored columns to stderr.</summary>
    public FactCube LoadCube(ParseResult parse, CliContext context) => LoadCube(parse, context, ReadCalendar(parse), ReadGrain(parse));

    /// <summary>Reads and aggregates the facts file at a fixed grain (e.g. day for per-item daily history).</summary>
    public FactCube LoadCube(ParseResult parse, CliContext context, PeriodGrain grain) => LoadCube(parse, context, ReadCalendar(parse), grain);

    /// <summary>Reads and aggregates the facts file on a given calendar and grain; prints a warning about ignored columns to stderr.</summary>
    public FactCube LoadCube(ParseResult parse, CliContext context, ReportingCalendar calendar, PeriodGrain grain)
    {
        (IFactRowSource source, FileInfo file) = OpenSource(parse, context);
        return Read(source, file, context, calendar, grain, null);
    }

    /// <summary>
    /// Reads the facts file straight into the total per period (<paramref name="dimension"/> null) or one cell per
    /// value of <paramref name="dimension"/> per period: the cube <see cref="LoadCube(ParseResult, CliContext)"/>
    /// gives, rolled up, without building the finer cells of a CSV file.
    /// </summary>
    /// <exception cref="ArgumentException">The file has no such dimension.</exception>
    public FactCube LoadRolledUp(ParseResult parse, CliContext context, string? dimension)
    {
        (IFactRowSource source, FileInfo file) = OpenSource(parse, context);
        if (dimension is not null && !source.Schema.Dimensions.Contains(dimension))
        {
            throw new ArgumentException($"cannot segment by '{dimension}': the data's dimensions are [{string.Join(", ", source.Schema.Dimensions)}]");
        }

        return Read(source, file, context, ReadCalendar(parse), ReadGrain(parse), dimension is null ? [] : [dimension]);
    }

    private (IFactRowSource Source, FileInfo File) OpenSource(ParseResult parse, CliContext context)
    {
        FileInfo file = parse.GetValue(Facts) ?? throw new ArgumentException("--facts is required");
        var options = new SalesOps.Sdk.IO.FactFileOptions
        {
            TreatBlankAsZero = parse.GetValue(BlankAsZero),
            MaxDegreeOfParallelism = ReadThreads(parse),
        };
        IFactRowSource source = SalesOps.Sdk.IO.FactFiles.Open(file.FullName, options);
        IReadOnlyList<string> ignored = source switch
        {
            SalesOps.Sdk.IO.CsvFactSource csv => csv.IgnoredColumns,
            SalesOps.Sdk.IO.ParquetFactSource parquet => parquet.IgnoredColumns,
            _ => [],
        };
        if (ignored.Count > 0)
        {
            context.Error.WriteLine($"warning: {file.Name}: ignored unknown columns: {string.Join(", ", ignored)}");
        }

        return (source, file);
    }

    /// <summary>The cube of the file, rolled up to <paramref name="rollUp"/> when given.</summary>
    private static FactCube Read(IFactRowSource source, FileInfo file, CliContext context, ReportingCalendar calendar, PeriodGrain grain, string[]? rollUp)
    {
        if (source is SalesOps.Sdk.IO.CsvFactSource csvSource)
        {
            // Parts of the file are parsed in parallel; the cube is the same as a one-thread read.
            var rows = new RowsRead();
            using (ProgressReporter.Rows(context, $"reading {file.Name}", () => rows.Count))
            {
                return rollUp is null
                    ? csvSource.Aggregate(calendar, grain, rows, CancellationToken.None)
                    : csvSource.AggregateRolledUp(calendar, grain, rollUp, rows, CancellationToken.None);
            }
        }

        var aggregator = new FactAggregator(source.Schema, calendar, grain);
        using (ProgressReporter.Rows(context, $"reading {file.Name}", () => aggregator.RowCount))
        {
            source.WriteTo(aggregator, CancellationToken.None);
        }

        FactCube cube = aggregator.ToCube();
        return rollUp is null ? cube : cube.RollUp(rollUp);
    }

    /// <summary>The latest row count a parallel read reported (from any thread), for the progress line.</summary>
    private sealed class RowsRead : IProgress<long>
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Report(long value) => Interlocked.Exchange(ref _count, value);
    }
}
