namespace Ladok.Kernel.Errors;

/// <summary>What a use case returns: the value, or the domain errors that refused it.</summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, IReadOnlyList<DomainError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Success(T value) => new(value, []);

    public static Outcome<T> Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static implicit operator Outcome<T>(DomainError error) => Failure([error]);
}
