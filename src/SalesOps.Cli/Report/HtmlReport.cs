using System.Globalization;
using System.Reflection;
using System.Text;
using SalesOps.Cli.Commands;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.ValueChain;

namespace SalesOps.Cli.Report;

/// <summary>
/// Renders a <see cref="ReportContent"/> as one self-contained HTML page: inline CSS and SVG only — no scripts, web
/// fonts, images or links to other sites — so it opens offline and can be mailed as a single file. Every text from
/// the data is HTML-escaped.
/// </summary>
internal static class HtmlReport
{
    private const string SalesColour = "#d9480f";
    private const string OperationsColour = "#1864ab";

    private static readonly string[] StagePalette =
        ["#1864ab", "#4dabf7", "#0b7285", "#d9480f", "#f59f00", "#5f3dc4", "#868e96", "#2b8a3e", "#c2255c"];

    public static string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(content.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(Html.Escape(content.Title)).Append("</h1>");
        if (content.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"sub\">").Append(Html.Escape(subtitle)).Append("</p>");
        }

        html.Append("</header>\n");
        Summary(html, content);
        Section(html, "kpis", "KPI trends", KpiTrends(content));
        Section(html, "scorecard", "Balanced scorecard", ScorecardTable(content.Scorecard));
        Section(html, "balance", "Sales momentum against operational health", BalanceBody(content));
        Section(html, "findings", "Findings and evidence", Findings(content.Diagnosis));
        Section(html, "value-chain", "Value chain: cost and health", ValueChainBody(content.ValueChain));
        foreach (ReportSection section in content.Sections)
        {
            Section(html, section.Id, section.Heading, section.Body);
        }

        string version = typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
        html.Append("<footer>Made with salesops ").Append(Html.Escape(version)).Append(" from ").Append(Html.Escape(content.Source))
            .Append(". KPI definitions: docs/kpis.md; balance rules: docs/balance.md.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The scorecard as a table: perspectives, objectives and indicators with scores and coloured statuses.</summary>
    public static string ScorecardTable(ScorecardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var html = new StringBuilder();
        html.Append("<p>").Append(Html.Escape($"{evaluation.Definition.Name}, period {evaluation.Period.Label}: overall "))
            .Append(Score(evaluation.Score)).Append(' ').Append(Status(evaluation.Status));
        if (evaluation.Trend is { } trend)
        {
            html.Append(Html.Escape(string.Create(CultureInfo.InvariantCulture, $", trend {trend:+0.00;-0.00;0.00} against {evaluation.PreviousPeriod?.Label}")));
        }

        html.Append("</p>\n<table class=\"card\"><thead><tr><th>perspective / objective / indicator</th><th>actual</th><th>baseline</th><th>target</th><th>score</th><th>status</th></tr></thead><tbody>");
        foreach (PerspectiveEvaluation perspective in evaluation.Perspectives)
        {
            html.Append("<tr class=\"perspective\"><td>").Append(Html.Escape(perspective.Perspective.Name)).Append("</td><td></td><td></td><td></td><td class=\"num\">")
                .Append(Score(perspective.Score)).Append("</td><td>").Append(Status(perspective.Status)).Append("</td></tr>");
            foreach (ObjectiveEvaluation objective in perspective.Objectives)
            {
                html.Append("<tr class=\"objective\"><td>").Append(Html.Escape(objective.Objective.Name)).Append("</td><td></td><td></td><td></td><td class=\"num\">")
                    .Append(Score(objective.Score)).Append("</td><td>").Append(Status(objective.Status)).Append("</td></tr>");
                foreach (IndicatorEvaluation indicator in objective.Indicators)
                {
                    html.Append("<tr class=\"indicator\"><td>").Append(Html.Escape(indicator.MetricId));
                    if (indicator.Note is { } note)
                    {
                        html.Append("<div class=\"note\">").Append(Html.Escape(note)).Append("</div>");
                    }

                    html.Append("</td><td class=\"num\">").Append(Html.Escape(Plain(indicator.Actual)))
                        .Append("</td><td class=\"num\">").Append(Html.Escape(Plain(indicator.Indicator.Baseline)))
                        .Append("</td><td class=\"num\">").Append(Html.Escape(Plain(indicator.Indicator.Target)))
                        .Append("</td><td class=\"num\">").Append(Score(indicator.Score))
                        .Append("</td><td>").Append(Status(indicator.Status)).Append("</td></tr>");
                }
            }
        }

        html.Append("</tbody></table>");
        foreach (StrategyMapFinding finding in evaluation.StrategyMapFindings)
        {
            html.Append("<p class=\"note\">Strategy map: ").Append(Html.Escape(finding.Note)).Append("</p>");
        }

        return html.ToString();
    }

    /// <summary>A red/amber/green status pill.</summary>
    public static string Status(ScoreStatus? status)
    {
        string name = ScorecardCommand.StatusName(status);
        return $"<span class=\"status {name.Replace('/', '-')}\">{Html.Escape(name)}</span>";
    }

    private static void Summary(StringBuilder html, ReportContent content)
    {
        MetricResultRow last = content.Kpis.Rows[^1];
        BalanceDiagnosis d = content.Diagnosis;
        var tiles = new List<(string Label, string Value, string Detail)>
        {
            ($"revenue {last.Period.Label}", Money(last["revenue"].Value), $"growth {Percent(last["revenue_growth"].Value)} on the previous period"),
            ("gross margin rate", Percent(last["gross_margin_rate"].Value), $"stockout rate {Percent(last["stockout_rate"].Value)}"),
            ("scorecard", Score(content.Scorecard.Score) is var s && s != "n/a" ? s : "n/a", $"{ScorecardCommand.StatusName(content.Scorecard.Status)} for {content.Scorecard.Period.Label}"),
            ("balance index (S − O)", Signed(d.BalanceIndex), $"measured {(d.Measured is { } m ? DiagnoseCommand.Snake(m) : "n/a")}, declared {d.Declared.Id}"),
            ("findings", d.Findings.Length == 0 ? "none" : d.Findings[0].Id, d.Findings.Length == 0 ? "no trap found" : $"{d.Findings[0].Severity.ToString().ToLowerInvariant()}{string.Concat(d.Findings.Skip(1).Select(f => $"; also {f.Id}"))}"),
        };
        html.Append("<section class=\"tiles\">");
        foreach ((string label, string value, string detail) in tiles)
        {
            html.Append("<div class=\"tile\"><div class=\"label\">").Append(Html.Escape(label)).Append(value.Length > 12 ? "</div><div class=\"value long\">" : "</div><div class=\"value\">")
                .Append(Html.Escape(value)).Append("</div><div class=\"detail\">").Append(Html.Escape(detail)).Append("</div></div>");
        }

        html.Append("</section>\n");
    }

    private static void Section(StringBuilder html, string id, string heading, string body) =>
        html.Append("<section id=\"").Append(Html.Escape(id)).Append("\"><h2>").Append(Html.Escape(heading)).Append("</h2>\n").Append(body).Append("\n</section>\n");

    private static string KpiTrends(ReportContent content)
    {
        string[] labels = [.. content.Kpis.Rows.Select(r => r.Period.Label)];
        (string Id, string Title, string Colour, Func<decimal, string> Format, bool Zero)[] charts =
        [
            ("revenue", "Revenue", SalesColour, Money, true),
            ("gross_margin_rate", "Gross margin rate", "#2b8a3e", Percent, false),
            ("stockout_rate", "Stockout rate", "#c92a2a", Percent, true),
            ("days_of_supply", "Days of supply", OperationsColour, v => v.ToString("0.#", CultureInfo.InvariantCulture), true),
        ];
        var html = new StringBuilder("<div class=\"grid\">");
        foreach ((string id, string title, string colour, Func<decimal, string> format, bool zero) in charts)
        {
            MetricResult[] results = [.. content.Kpis.Rows.Select(r => r[id])];
            var chart = new SvgLineChart
            {
                Title = title,
                Labels = labels,
                Series = [new ChartSeries(title, colour, [.. results.Select(r => r.Value)])],
                Format = format,
                IncludeZero = zero,
                EmptyText = $"not available: {results.Select(r => r.Reason).FirstOrDefault(r => r is not null) ?? "no data"}",
            };
            html.Append(chart.Render());
        }

        return html.Append("</div>").ToString();
    }

    private static string BalanceBody(ReportContent content)
    {
        BalanceDiagnosis d = content.Diagnosis;
        var chart = new SvgLineChart
        {
            Title = "Sales momentum S and operational health O (0 to 1)",
            Labels = [.. content.Balance.Select(p => p.Period.Label)],
            Series =
            [
                new ChartSeries("sales momentum S", SalesColour, [.. content.Balance.Select(p => p.SalesMomentum)]),
                new ChartSeries("operational health O", OperationsColour, [.. content.Balance.Select(p => p.OperationalHealth)]),
            ],
            FixedMin = 0m,
            FixedMax = 1m,
            Width = 760,
            Format = v => v.ToString("0.0#", CultureInfo.InvariantCulture),
            EmptyText = "not enough periods for a balance over time",
        };
        var html = new StringBuilder("<div class=\"grid\">").Append(chart.Render()).Append("<div>");
        html.Append(Html.Table(
            ["whole history", "value"],
            [
                ["compared", $"{Span(d.EarlierPeriods)} with {Span(d.LaterPeriods)}"],
                ["sales momentum S", Plain(d.SalesMomentum)],
                ["operational health O", Plain(d.OperationalHealth)],
                ["balance index S − O", Signed(d.BalanceIndex)],
                ["synergy √(S·O)", Plain(d.Synergy)],
                ["measured orientation", d.Measured is { } m ? DiagnoseCommand.Snake(m) : "n/a"],
                ["declared orientation", $"{d.Declared.Id} (tilt {d.Declared.TargetTilt.ToString(CultureInfo.InvariantCulture)})"],
                ["gap to declared", Signed(d.Gap)],
            ]));
        html.Append("</div></div>");
        html.Append("<p class=\"note\">").Append(Html.Escape(
            $"Each point runs the balance analyzer on the {content.BalanceWindow} periods up to that period (fewer at the start, at least four): "
            + "the recent half of the window against its earlier half, exactly as the diagnosis compares the whole history. "
            + "S scores sales momentum (revenue growth, margin after promotion, customer KPIs), O operational health (stockouts, fill rate, days of supply, turnover, cost ratio, forecast error); "
            + "S above O means selling runs ahead of operating. Scores and rules: docs/balance.md."))
            .Append("</p>");
        foreach (string note in d.Notes)
        {
            html.Append("<p class=\"note\">").Append(Html.Escape(note)).Append("</p>");
        }

        return html.ToString();
    }

    private static string Findings(BalanceDiagnosis diagnosis)
    {
        if (diagnosis.Findings.Length == 0)
        {
            return "<p>No findings: no trap rule matched the data.</p>";
        }

        var html = new StringBuilder();
        foreach (BalanceFinding finding in diagnosis.Findings)
        {
            string severity = finding.Severity.ToString().ToLowerInvariant();
            html.Append("<article class=\"finding\"><h3><span class=\"severity ").Append(Html.Escape(severity)).Append("\">").Append(Html.Escape(severity))
                .Append("</span> <code>").Append(Html.Escape(finding.Id)).Append("</code> ").Append(Html.Escape(finding.Title)).Append("</h3>");
            html.Append("<p>").Append(Html.Escape(finding.Narrative)).Append("</p>");
            html.Append(Html.Table(
                ["evidence", "earlier", "before", "later", "after", "threshold"],
                finding.Evidence.Select(e => (IReadOnlyList<string>)[e.Observation, e.EarlierPeriods, Plain(e.Before), e.LaterPeriods, Plain(e.After), e.Threshold]),
                numericColumns: [2, 4]));
            html.Append("<p><strong>Levers</strong></p><ul>");
            foreach (string lever in finding.Recommendations)
            {
                html.Append("<li>").Append(Html.Escape(lever)).Append("</li>");
            }

            html.Append("</ul><p class=\"note\">Value-chain stages: ").Append(Html.Escape(string.Join(", ", finding.Stages))).Append("</p></article>");
        }

        return html.ToString();
    }

    private static string ValueChainBody(ValueChainAnalysis analysis)
    {
        string[] labels = [.. analysis.Periods.Select(p => p.Period.Label)];
        var costs = new SvgBarChart
        {
            Title = "Cost per value-chain stage",
            Labels = labels,
            Series = [.. analysis.Stages.Select((stage, s) => new ChartSeries(stage.DisplayName, StagePalette[s % StagePalette.Length], [.. analysis.Periods.Select(p => p.Stages[s].Cost.Value)]))],
            Format = Money,
            Width = 760,
            EmptyText = "stage costs not available: the facts have no cost_<stage> columns (docs/value-chain.md)",
        };
        var margin = new SvgLineChart
        {
            Title = "Porter's margin rate (revenue − all stage costs) / revenue",
            Labels = labels,
            Series = [new ChartSeries("margin rate", "#2b8a3e", [.. analysis.Periods.Select(p => p.MarginRate.Value)])],
            Format = Percent,
            IncludeZero = true,
            EmptyText = "not available: needs every stage's cost",
        };
        var html = new StringBuilder("<div class=\"grid\">").Append(costs.Render()).Append(margin.Render()).Append("</div>");

        html.Append("<h3>Stage health (weighted scorecard scores of each stage's KPIs, 0 to 1)</h3><table class=\"health\"><tbody>");
        foreach (StageHealth health in analysis.Health)
        {
            string name = analysis.Stages.FirstOrDefault(s => s.Id == health.StageId)?.DisplayName ?? health.StageId;
            html.Append("<tr><td>").Append(Html.Escape(name)).Append("</td><td class=\"bar\">");
            if (health.Score.Value is { } score)
            {
                decimal clamped = Math.Clamp(score, 0m, 1m);
                string colour = clamped >= 0.7m ? "green" : clamped >= 0.4m ? "amber" : "red";
                html.Append(CultureInfo.InvariantCulture, $"<svg width=\"240\" height=\"14\" role=\"img\" aria-label=\"{Html.Escape(name)} {Plain(score)}\"><rect width=\"240\" height=\"14\" class=\"track\"/><rect width=\"{Html.Coordinate((double)clamped * 240)}\" height=\"14\" class=\"fill {colour}\"/></svg> ")
                    .Append(Html.Escape(score.ToString("0.00", CultureInfo.InvariantCulture)));
            }
            else
            {
                html.Append("<span class=\"note\">").Append(Html.Escape(health.Score.Reason)).Append("</span>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        html.Append("<h3>Linkages: marketing &amp; sales against the operations stages</h3>");
        html.Append(Html.Table(
            ["linkage", "status", "summary"],
            analysis.Linkages.Select(l => (IReadOnlyList<string>)[
                l.Rule.Id,
                l.Status switch { LinkageStatus.Strained => "strained", LinkageStatus.NotStrained => "not strained", _ => "n/a" },
                l.Summary]),
            "linkages",
            numericColumns: []));
        return html.ToString();
    }

    internal static string Money(decimal value) => Math.Abs(value) >= 1_000_000m
        ? (value / 1_000_000m).ToString("#,##0.00", CultureInfo.InvariantCulture) + "M"
        : Math.Abs(value) >= 10_000m ? (value / 1_000m).ToString("#,##0.#", CultureInfo.InvariantCulture) + "k"
        : value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    internal static string Money(decimal? value) => value is { } v ? Money(v) : "n/a";

    internal static string Percent(decimal value) => (value * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    internal static string Percent(decimal? value) => value is { } v ? Percent(v) : "n/a";

    private static string Plain(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Signed(decimal? value) => value?.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Score(decimal? value) => value is { } v ? (Math.Truncate(v * 100m) / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Span(System.Collections.Immutable.ImmutableArray<SalesOps.Sdk.Periods.ReportingPeriod> periods) =>
        periods.IsDefaultOrEmpty ? "n/a" : periods.Length == 1 ? periods[0].Label : $"{periods[0].Label}..{periods[^1].Label}";

    private const string Css = """
        :root { color-scheme: light; --ink: #212529; --muted: #6c757d; --line: #dee2e6; --bg: #f8f9fa; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; padding: 24px 32px 48px; max-width: 1240px; line-height: 1.45; font-size: 14px; }
        header h1 { margin: 0 0 4px; font-size: 26px; }
        .sub, .note { color: var(--muted); }
        .note { font-size: 12.5px; }
        h2 { font-size: 19px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin-top: 18px; }
        .tile { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
        .tile .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
        .tile .value { font-size: 20px; font-weight: 600; margin: 2px 0; overflow-wrap: anywhere; }
        .tile .value.long { font-size: 15px; padding-top: 5px; }
        .tile .detail { font-size: 12px; color: var(--muted); }
        .grid { display: flex; flex-wrap: wrap; gap: 16px 24px; align-items: flex-start; }
        svg.chart { background: #fff; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; height: auto; }
        svg .title { font-size: 13px; font-weight: 600; fill: var(--ink); }
        svg .tick, svg .legend { font-size: 11px; fill: var(--muted); }
        svg .empty { font-size: 12px; fill: var(--muted); }
        svg .grid { stroke: #e9ecef; stroke-width: 1; }
        svg .track { fill: #e9ecef; }
        svg .fill.green { fill: #2f9e44; } svg .fill.amber { fill: #f59f00; } svg .fill.red { fill: #e03131; }
        table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
        th { background: var(--bg); font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.card tr.perspective td { font-weight: 700; background: #f1f3f5; }
        table.card tr.objective td:first-child { padding-left: 22px; font-weight: 600; }
        table.card tr.indicator td:first-child { padding-left: 40px; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
        table.health td.bar svg { vertical-align: middle; }
        .status { display: inline-block; min-width: 52px; text-align: center; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; background: #adb5bd; }
        .status.green { background: #2f9e44; } .status.amber { background: #f59f00; } .status.red { background: #e03131; }
        .finding { border-left: 4px solid #e03131; background: #fff5f5; padding: 4px 16px 8px; margin: 12px 0; border-radius: 4px; }
        .severity { text-transform: uppercase; font-size: 11px; padding: 1px 6px; border-radius: 4px; color: #fff; background: #868e96; vertical-align: middle; }
        .severity.critical { background: #c92a2a; } .severity.warning { background: #f08c00; } .severity.info { background: #1c7ed6; }
        pre { background: var(--bg); border: 1px solid var(--line); padding: 10px; overflow-x: auto; font-size: 12px; }
        footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media print { body { padding: 0; } section { break-inside: avoid-page; } }

        """;
}
