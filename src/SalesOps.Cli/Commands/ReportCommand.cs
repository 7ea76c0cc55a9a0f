using System.CommandLine;
using System.Text;
using SalesOps.Cli.Report;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Scorecards;

namespace SalesOps.Cli.Commands;

/// <summary>
/// <c>salesops report --facts FILE --out report.html [--calendar …] [--grain …] [--orientation …] [--preset retail|services] [--title TEXT]</c>:
/// one self-contained HTML file with KPI trends, the scorecard, the balance over time, the findings and the value chain.
/// </summary>
internal static class ReportCommand
{
    public const string DefaultFileName = "salesops-report.html";

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new FactInputOptions();
        var output = new Option<FileInfo>("--out")
        {
            Description = $"The HTML file to write (an existing folder gets {DefaultFileName}).",
            Required = true,
        };
        var orientation = new Option<string>("--orientation")
        {
            Description = "The declared strategic orientation: operations-led, balanced, sales-led or walton.",
            DefaultValueFactory = _ => "balanced",
        };
        var preset = new Option<string>("--preset")
        {
            Description = "retail or services: the scorecard and the KPIs of sales momentum and operational health.",
            DefaultValueFactory = _ => "retail",
        };
        var title = new Option<string?>("--title") { Description = "The report title (default: the facts file name)." };

        var command = new Command("report", "Write a self-contained HTML report with charts: KPI trends, scorecard, balance over time, findings, value chain.");
        input.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(orientation);
        command.Options.Add(preset);
        command.Options.Add(title);
        command.SetAction(parse =>
        {
            StrategicOrientation declared = StrategicOrientation.FromName(parse.GetValue(orientation) ?? "balanced");
            (ScorecardDefinition card, BalanceOptions balance) = Preset(parse.GetValue(preset) ?? "retail");
            FileInfo target = Target(parse.GetValue(output) ?? throw new ArgumentException("--out is required"));
            FileInfo facts = parse.GetValue(input.Facts) ?? throw new ArgumentException("--facts is required");

            FactCube cube = input.LoadCube(parse, context);
            ReportContent content;
            using (ProgressReporter.Step(context, "analysing"))
            {
                content = ReportAnalysis.Run(cube, card, balance, declared, parse.GetValue(title) ?? $"SalesOps report: {facts.Name}", facts.Name);
            }

            string written = Write(target, HtmlReport.Render(content));
            context.Out.WriteLine($"report written to {written}");
            return SalesOpsApp.Success;
        });
        return command;
    }

    /// <summary>The scorecard and balance options of a preset name.</summary>
    internal static (ScorecardDefinition Card, BalanceOptions Balance) Preset(string name) => name.Trim().ToLowerInvariant() switch
    {
        "retail" => (ScorecardPresets.Retail, BalanceOptions.Retail),
        "services" => (ScorecardPresets.Services, BalanceOptions.Services),
        string other => throw new ArgumentException($"unknown preset '{other}'; allowed values: retail, services"),
    };

    /// <summary>Writes the report (UTF-8, creating missing folders) and returns its full path.</summary>
    internal static string Write(FileInfo target, string html)
    {
        if (target.Directory is { Exists: false } folder)
        {
            folder.Create();
        }

        File.WriteAllText(target.FullName, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return target.FullName;
    }

    private static FileInfo Target(FileInfo output) =>
        Directory.Exists(output.FullName) ? new FileInfo(Path.Combine(output.FullName, DefaultFileName)) : output;
}
