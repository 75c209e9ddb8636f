namespace Ladok.Kernel.Modules;

/// <summary>
/// Shows a long operator command's progress (<c>seed --students</c>, <c>reporting rebuild</c>): the host draws live bars
/// on stderr when it is a terminal, and writes plain lines when it is redirected (a log, a test, CI).
/// </summary>
public interface ICommandProgress
{
    /// <summary>Runs the work, showing the progress of the steps it starts.</summary>
    Task<T> ShowAsync<T>(Func<IProgressSteps, Task<T>> work);
}

/// <summary>Starts the steps of a piece of work.</summary>
public interface IProgressSteps
{
    /// <summary>No progress shown: for work run without an operator watching (tests, the demo seed).</summary>
    static IProgressSteps None { get; } = new Silent();

    /// <summary>A step of <paramref name="total"/> units, or of an unknown number; disposing it ends it.</summary>
    IProgressStep Start(string description, long? total = null);

    private sealed class Silent : IProgressSteps, IProgressStep
    {
        public IProgressStep Start(string description, long? total = null) => this;

        public void Report(long done, string detail = "")
        {
        }

        public void Dispose()
        {
        }
    }
}

/// <summary>One step: how far it has come, and a few words on what it did.</summary>
public interface IProgressStep : IDisposable
{
    void Report(long done, string detail = "");
}
