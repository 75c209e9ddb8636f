using System.Globalization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>What a sitting's participants can be sorted on.</summary>
public enum ExamSittingParticipantOrderField
{
    AnonymousCode,
    SignedUpAt,
    LastName,
    FirstName,
}

/// <summary>A sign-up as the caller may see it: <paramref name="Student"/> null when they see codes only.</summary>
public sealed record ExamSittingParticipant(ExamSittingSignUp SignUp, Student? Student);

/// <summary>
/// A sitting's sign-ups in the order asked for. They are bounded by the sitting's seats, so they are sorted here rather than in SQL;
/// names in Swedish alphabetical order, as lists sorted in SQL have them, and the anonymous code breaks ties.
/// </summary>
public static class ExamSittingParticipants
{
    private static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    public static IReadOnlyList<ExamSittingParticipant> Sort(
        IEnumerable<ExamSittingParticipant> participants, IReadOnlyList<Ordering<ExamSittingParticipantOrderField>> order)
    {
        IOrderedEnumerable<ExamSittingParticipant>? sorted = null;
        foreach (var by in order)
        {
            var descending = by.Direction == OrderDirection.Descending;
            sorted = by.Field switch
            {
                ExamSittingParticipantOrderField.SignedUpAt =>
                    Then(participants, sorted, p => p.SignUp.SignedUpAt, Comparer<DateTimeOffset>.Default, descending),
                ExamSittingParticipantOrderField.LastName => Then(participants, sorted, p => p.Student?.LastName ?? "", Swedish, descending),
                ExamSittingParticipantOrderField.FirstName => Then(participants, sorted, p => p.Student?.FirstName ?? "", Swedish, descending),
                _ => Then(participants, sorted, p => p.SignUp.AnonymousCode, StringComparer.Ordinal, descending),
            };
        }
        return (sorted ?? participants.OrderBy(p => p.SignUp.AnonymousCode, StringComparer.Ordinal))
            .ThenBy(p => p.SignUp.AnonymousCode, StringComparer.Ordinal)
            .ToList();
    }

    private static IOrderedEnumerable<ExamSittingParticipant> Then<TKey>(
        IEnumerable<ExamSittingParticipant> all, IOrderedEnumerable<ExamSittingParticipant>? sorted, Func<ExamSittingParticipant, TKey> key,
        IComparer<TKey> comparer, bool descending) =>
        (sorted, descending) switch
        {
            (null, false) => all.OrderBy(key, comparer),
            (null, true) => all.OrderByDescending(key, comparer),
            ({ } s, false) => s.ThenBy(key, comparer),
            ({ } s, true) => s.ThenByDescending(key, comparer),
        };
}
