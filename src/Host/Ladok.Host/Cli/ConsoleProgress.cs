using System.Diagnostics;
using System.Globalization;
using Ladok.Kernel.Modules;
using Spectre.Console;

namespace Ladok.Host.Cli;

/// <summary>
/// Progress on stderr (stdout is the command's output): Spectre.Console's live bars when stderr is a terminal, else a plain
/// line at every tenth of a step and at its end, so logs, tests and CI stay readable.
/// </summary>
internal sealed class ConsoleProgress : ICommandProgress
{
    public async Task<T> ShowAsync<T>(Func<IProgressSteps, Task<T>> work)
    {
        if (Console.IsErrorRedirected) return await work(new PlainSteps(Console.Error));

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(),
                new SpinnerColumn())
            .StartAsync(context => work(new LiveSteps(context)));
    }

    private sealed class LiveSteps(ProgressContext context) : IProgressSteps
    {
        public IProgressStep Start(string description, long? total = null)
        {
            var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total ?? 1));
            task.IsIndeterminate = total is null;
            return new LiveStep(task, description);
        }
    }

    private sealed class LiveStep(ProgressTask task, string description) : IProgressStep
    {
        public void Report(long done, string detail = "")
        {
            if (!task.IsIndeterminate) task.Value = done;
            task.Description = Markup.Escape(detail.Length == 0 ? description : $"{description}: {detail}");
        }

        public void Dispose()
        {
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    private sealed class PlainSteps(TextWriter output) : IProgressSteps
    {
        public IProgressStep Start(string description, long? total = null) => new PlainStep(output, description, total);
    }

    private sealed class PlainStep(TextWriter output, string description, long? total) : IProgressStep
    {
        private readonly Stopwatch stopwatch = Stopwatch.StartNew();
        private int tenthsShown;
        private string lastDetail = "";

        public void Report(long done, string detail = "")
        {
            lastDetail = detail;
            if (total is not > 0) return;
            var tenths = (int)Math.Min(10, done * 10 / total.Value);
            if (tenths <= tenthsShown || tenths == 10) return;
            tenthsShown = tenths;
            Write(string.Create(CultureInfo.InvariantCulture, $"{tenths * 10}%, {done:N0} of {total:N0}{(detail.Length == 0 ? "" : ", " + detail)}"));
        }

        public void Dispose() => Write($"done{(lastDetail.Length == 0 ? "" : ", " + lastDetail)}");

        private void Write(string text) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{description}: {text} ({stopwatch.Elapsed.TotalSeconds:F1} s)"));
    }
}
