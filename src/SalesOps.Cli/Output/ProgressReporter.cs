using System.Globalization;

namespace SalesOps.Cli;

/// <summary>
/// Progress on standard error, only when it is a terminal (<see cref="CliContext.ShowProgress"/>): a line rewritten in
/// place and cleared at the end, so it never mixes with results on standard output or lands in a redirected file.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly TextWriter _error;
    private readonly Timer? _timer;
    private readonly Func<long>? _count;
    private readonly string _label;
    private readonly Lock _gate = new();
    private int _width;
    private bool _disposed;

    private ProgressReporter(TextWriter error, string label, Func<long>? count)
    {
        _error = error;
        _label = label;
        _count = count;
        Write(count is null ? $"{label}…" : label);
        if (count is not null)
        {
            _timer = new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Shows <paramref name="label"/> with a running row count read from <paramref name="count"/>; null when progress is off.</summary>
    public static ProgressReporter? Rows(CliContext context, string label, Func<long> count)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ShowProgress ? new ProgressReporter(context.Error, label, count) : null;
    }

    /// <summary>Shows a step (e.g. "computing the scorecard…") until the next step or disposal; null when progress is off.</summary>
    public static ProgressReporter? Step(CliContext context, string label)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ShowProgress ? new ProgressReporter(context.Error, label, null) : null;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            _error.Write("\r" + new string(' ', _width) + "\r");
            _error.Flush();
        }
    }

    private void Tick()
    {
        long rows = _count!();
        Write(string.Create(CultureInfo.InvariantCulture, $"{_label}: {rows:#,##0} rows"));
    }

    private void Write(string text)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            string padded = text.PadRight(_width);
            _width = Math.Max(_width, text.Length);
            _error.Write("\r" + padded);
            _error.Flush();
        }
    }
}
