using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Tests;

/// <summary>The participation-state rule and the early-dropout rule as pure functions (no database).</summary>
public sealed class ParticipationRuleTests
{
    private static readonly DateOnly Start = new(2025, 9, 1), End = new(2026, 1, 18);

    private static ParticipationState State(string today, bool withdrawn = false, bool completed = false, bool droppedOut = false, params DateSpan[] breaks) =>
        Participation.StateOf(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Start, End, withdrawn, completed, droppedOut, breaks);

    private static DateSpan Break(string from, string to) =>
        new(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Before_the_offering_starts_the_student_has_not_started() => Assert.Equal(ParticipationState.NotStarted, State("2025-08-31"));

    [Fact]
    public void From_the_first_to_the_last_day_the_participation_is_ongoing()
    {
        Assert.Equal(ParticipationState.Ongoing, State("2025-09-01"));
        Assert.Equal(ParticipationState.Ongoing, State("2026-01-18"));
    }

    [Fact]
    public void After_the_end_without_a_passing_course_grade_the_student_stays_registered() => Assert.Equal(ParticipationState.Registered, State("2026-01-19"));

    [Fact]
    public void A_passing_course_grade_in_force_completes_the_course_at_any_date()
    {
        Assert.Equal(ParticipationState.Completed, State("2025-12-01", completed: true));
        Assert.Equal(ParticipationState.Completed, State("2027-01-01", completed: true));
    }

    [Fact]
    public void A_dropout_is_a_dropout_whatever_the_dates() => Assert.Equal(ParticipationState.Dropout, State("2025-10-01", droppedOut: true));

    [Fact]
    public void A_withdrawal_wins_over_everything_else() =>
        Assert.Equal(
            ParticipationState.Withdrawn, State("2025-10-01", withdrawn: true, completed: true, droppedOut: true, breaks: Break("2025-09-15", "2025-12-01")));

    [Fact]
    public void A_break_covering_today_puts_the_student_on_break_including_its_first_and_last_day()
    {
        var studyBreak = Break("2025-10-01", "2025-10-31");

        Assert.Equal(ParticipationState.OnBreak, State("2025-10-01", breaks: studyBreak));
        Assert.Equal(ParticipationState.OnBreak, State("2025-10-31", breaks: studyBreak));
        Assert.Equal(ParticipationState.Ongoing, State("2025-11-01", breaks: studyBreak));
    }

    [Fact]
    public void A_break_that_runs_past_the_offering_keeps_the_student_on_break_after_the_end() =>
        Assert.Equal(ParticipationState.OnBreak, State("2026-02-01", breaks: Break("2025-12-01", "2026-06-30")));

    [Fact]
    public void Completion_wins_over_a_dropout_and_a_dropout_over_a_break()
    {
        Assert.Equal(ParticipationState.Completed, State("2025-10-10", completed: true, droppedOut: true));
        Assert.Equal(ParticipationState.Dropout, State("2025-10-10", droppedOut: true, breaks: Break("2025-10-01", "2025-10-31")));
    }

    [Fact]
    public void A_dropout_on_the_twenty_first_day_without_results_is_early_and_on_the_twenty_second_it_is_not()
    {
        Assert.True(Participation.IsEarlyDropout(Start.AddDays(21), Start, []));
        Assert.False(Participation.IsEarlyDropout(Start.AddDays(22), Start, []));
    }

    [Fact]
    public void Two_breaks_that_share_a_day_overlap_and_two_that_touch_do_not()
    {
        Assert.True(Break("2025-10-01", "2025-10-10").Overlaps(Break("2025-10-10", "2025-10-20")));
        Assert.False(Break("2025-10-01", "2025-10-10").Overlaps(Break("2025-10-11", "2025-10-20")));
    }
}
