using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SalesOps.Sdk.Benchmarks.Comparison;

/// <summary>
/// <c>compare --rows N [--threads T] [--runs R] [--json FILE] [--only a,b]</c>: the side-by-side comparison of the
/// KPI pack per SKU × month and in total on one in-memory data set.
/// </summary>
internal static class CompareCommand
{
    public static int Run(string[] args)
    {
        long rows = 1_000_000;
        int threads = 1;
        int runs = 5;
        string? json = null;
        string[]? only = null;
        for (int i = 1; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--rows": rows = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--json": json = value; break;
                case "--only": only = value.Split(','); break;
                case "--stages": SalesOpsContender.PrintStages(ComparisonDataSet.Generate(long.Parse(value, CultureInfo.InvariantCulture))); return 0;
                default: throw new ArgumentException($"unknown option {args[i]}; usage: compare --rows N [--threads T] [--runs R] [--json FILE] [--only name,name]");
            }

            i++;
        }

        if (runs < 5)
        {
            throw new ArgumentException("--runs must be at least 5 (the median of at least 5 runs is reported)");
        }

        Console.WriteLine($"generating {rows:N0} rows …");
        var clock = Stopwatch.StartNew();
        ComparisonDataSet data = ComparisonDataSet.Generate(rows);
        Console.WriteLine($"{data.Rows.Length:N0} rows ({data.SkuCount:N0} SKUs × {ComparisonDataSet.Days} days) in {clock.Elapsed.TotalSeconds:F1} s; threads {threads}, {runs} timed runs after 1 warm-up");

        IContender[] contenders = [new HandTunedContender(exactDecimals: false), new SalesOpsContender(), new HandTunedContender(exactDecimals: true), new LinqContender(), new DuckDbContender()];
        var results = new List<ContenderResult>();
        var agreement = new AgreementCheck();
        var exactAgreement = new AgreementCheck();
        foreach (IContender contender in contenders)
        {
            if (only is not null && !only.Contains(contender.Name))
            {
                contender.Dispose();
                continue;
            }

            using (contender)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                PeakMemory.Reset();
                clock.Restart();
                contender.Prepare(data, threads);
                double prepare = clock.Elapsed.TotalSeconds;

                // Warm-up run; its results are checked against the first contender's, and those of the contenders
                // that compute in decimal also against the first of those, bit for bit.
                KpiTable table = contender.ToTable(contender.Run());
                string? agreesWith = agreement.Check(contender.Name, table, out string? problem);
                string? sameDecimalsAs = problem is null && table.ExactValues is not null
                    ? exactAgreement.Check(contender.Name, table, out problem)
                    : null;
                if (problem is not null)
                {
                    Console.Error.WriteLine($"{contender.Name} disagrees:{Environment.NewLine}{problem}");
                    return 2;
                }

                string agreed = (agreesWith is null ? "reference" : "agrees with " + agreesWith)
                    + (sameDecimalsAs is null ? string.Empty : "; the same decimals as " + sameDecimalsAs);

                table = null!;
                var seconds = new List<double>();
                var cpuSeconds = new List<double>();
                long allocated = 0;
                using var process = Process.GetCurrentProcess();
                for (int run = 0; run < runs; run++)
                {
                    GC.Collect();
                    long before = GC.GetTotalAllocatedBytes(precise: true);
                    process.Refresh();
                    TimeSpan cpuBefore = process.TotalProcessorTime;
                    clock.Restart();
                    object output = contender.Run();
                    seconds.Add(clock.Elapsed.TotalSeconds);
                    process.Refresh();
                    cpuSeconds.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
                    allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                    GC.KeepAlive(output);
                }

                long peak = PeakMemory.Read();
                double median = Median(seconds);
                double medianCpu = Median(cpuSeconds);
                results.Add(new ContenderResult(contender.Name, threads, median, data.Rows.Length / median, seconds, medianCpu, allocated, peak, prepare, agreed));
                Console.WriteLine($"{contender.Name,-18} median {median,8:F3} s  cpu {medianCpu,7:F3} s  {data.Rows.Length / median / 1e6,8:F2} M rows/s  alloc {allocated / 1048576.0,9:F1} MB  peak RSS {peak / 1048576.0,8:F0} MB  runs [{string.Join(", ", seconds.Select(s => s.ToString("F3", CultureInfo.InvariantCulture)))}]  {agreed}");
            }
        }

        if (results.Find(r => r.Name == "salesops") is { } sdk)
        {
            foreach (ContenderResult other in results.Where(r => r.Name != "salesops"))
            {
                Console.WriteLine($"salesops / {other.Name}: {sdk.MedianSeconds / other.MedianSeconds:F3}× the time");
            }
        }

        if (json is not null)
        {
            var report = new
            {
                rows = data.Rows.Length,
                skus = data.SkuCount,
                days = ComparisonDataSet.Days,
                threads,
                runs,
                machine = new
                {
                    os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                    runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                    processors = Environment.ProcessorCount,
                },
                results = results.Select(r => new
                {
                    name = r.Name,
                    threads = r.Threads,
                    median_seconds = r.MedianSeconds,
                    rows_per_second = r.RowsPerSecond,
                    run_seconds = r.Runs,
                    median_cpu_seconds = r.MedianCpuSeconds,
                    allocated_bytes_per_run = r.AllocatedBytes,
                    peak_working_set_bytes = r.PeakWorkingSetBytes,
                    untimed_prepare_seconds = r.PrepareSeconds,
                    agreement = r.Agreement,
                }),
            };
            File.WriteAllText(json, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine);
            Console.WriteLine($"wrote {json}");
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The first table checked becomes the reference; every later one is compared with it.</summary>
    private sealed class AgreementCheck
    {
        private KpiTable? _reference;
        private string? _referenceName;

        /// <summary>Null when <paramref name="table"/> became the reference, else the reference's name.</summary>
        /// <param name="name">The contender's name.</param>
        /// <param name="table">Its results.</param>
        /// <param name="problem">The first differences (naming both contenders), or null when the tables agree.</param>
        public string? Check(string name, KpiTable table, out string? problem)
        {
            problem = null;
            if (_reference is null)
            {
                _reference = table;
                _referenceName = name;
                return null;
            }

            problem = KpiTable.Disagreement(_referenceName!, _reference, name, table);
            return _referenceName;
        }
    }

    private sealed record ContenderResult(
        string Name,
        int Threads,
        double MedianSeconds,
        double RowsPerSecond,
        List<double> Runs,
        double MedianCpuSeconds,
        long AllocatedBytes,
        long PeakWorkingSetBytes,
        double PrepareSeconds,
        string Agreement);
}
