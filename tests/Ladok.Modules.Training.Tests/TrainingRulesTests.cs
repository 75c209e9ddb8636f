using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Domain;
using Ladok.Testing;

namespace Ladok.Modules.Training.Tests;

/// <summary>The Training module's domain rules, without a database.</summary>
public sealed class TrainingRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextWeek = Now.AddDays(7);
    private readonly FixedClock clock = new(Now);

    [Theory]
    [InlineData("INTRO-STADM", true)]
    [InlineData("RESULTAT-ELEARN", true)]
    [InlineData("GDPR_2027", true)]
    [InlineData("intro-stadm", false)] // normalised before the rule; the rule itself wants upper case
    [InlineData("", false)]
    [InlineData("INTRO STADM", false)]
    [InlineData("ÅÄÖ", false)]
    public void Training_codes_are_upper_case_letters_digits_and_hyphens(string code, bool valid)
    {
        Assert.Equal(valid, TrainingRules.Code(code) is null);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public void A_training_is_valid_for_at_least_a_month_or_for_ever(int months)
    {
        var outcome = Domain.Training.Create("GDPR", "Dataskydd", "Data protection", null, months);

        Assert.Equal(["validForMonths"], Fields(outcome.Errors));
        Assert.True(Domain.Training.Create("GDPR", "Dataskydd", "Data protection", null, null).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_session_needs_at_least_one_seat(int capacity)
    {
        var outcome = NewTraining().Schedule(NextWeek, NextWeek.AddHours(3), "Studentcentrum", capacity);

        Assert.Equal(ErrorCode.Validation, outcome.Errors.Single().Code);
        Assert.Equal(["capacity"], Fields(outcome.Errors));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_session_must_end_after_it_starts(int hours)
    {
        var outcome = NewTraining().Schedule(NextWeek, NextWeek.AddHours(hours), "Studentcentrum", 10);

        Assert.Equal(ErrorCode.Validation, outcome.Errors.Single().Code);
        Assert.Equal(["endsAt"], Fields(outcome.Errors));
    }

    [Fact]
    public void A_session_needs_a_location()
    {
        var outcome = NewTraining().Schedule(NextWeek, NextWeek.AddHours(3), "  ", 10);

        Assert.Equal(["location"], Fields(outcome.Errors));
    }

    [Fact]
    public void Every_broken_rule_of_a_session_is_reported_at_once()
    {
        var outcome = NewTraining().Schedule(NextWeek, NextWeek, "", 0);

        Assert.Equal(["location", "capacity", "endsAt"], Fields(outcome.Errors));
    }

    [Fact]
    public void Session_times_are_kept_in_utc_as_the_same_instant()
    {
        var startsAt = new DateTimeOffset(2027, 2, 4, 9, 0, 0, TimeSpan.FromHours(1));

        var session = NewTraining().Schedule(startsAt, startsAt.AddHours(3), "Studentcentrum", 10).Value!;

        Assert.Equal(TimeSpan.Zero, session.StartsAt.Offset);
        Assert.Equal(startsAt, session.StartsAt);
        Assert.Equal(8, session.StartsAt.Hour);
    }

    [Fact]
    public void A_full_session_refuses_another_enrolment()
    {
        var session = NewSession(capacity: 2);
        Assert.True(session.Enrol("stadmdv", clock).Succeeded);
        Assert.True(session.Enrol("stadmma", clock).Succeeded);

        var third = session.Enrol("nyanst", clock);

        var error = third.Errors.Single();
        Assert.Equal(ErrorCode.Conflict, error.Code);
        Assert.Equal(TrainingReasons.SessionFull, error.Reason);
        Assert.Contains("full", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 seats", error.Message, StringComparison.Ordinal);
        Assert.Equal(Field.Of(nameof(Enrolment.SessionId)), error.Field);
        Assert.Equal(["stadmdv", "stadmma"], session.Enrolments.Select(e => e.UserId));
    }

    [Fact]
    public void Enrolling_twice_in_the_same_session_is_refused()
    {
        var session = NewSession(capacity: 10);
        Assert.True(session.Enrol("nyanst", clock).Succeeded);

        var again = session.Enrol("nyanst", clock);

        Assert.Equal(ErrorCode.Conflict, again.Errors.Single().Code);
        Assert.Equal(TrainingReasons.AlreadyEnrolled, again.Errors.Single().Reason);
        Assert.Single(session.Enrolments);
    }

    [Fact]
    public void A_full_session_and_a_second_enrolment_are_both_conflicts_told_apart_by_reason_with_Swedish_and_English_texts()
    {
        var session = NewSession(capacity: 1);
        Assert.True(session.Enrol("stadmdv", clock).Succeeded);

        var full = session.Enrol("nyanst", clock).Errors.Single();
        var twice = session.Enrol("stadmdv", clock).Errors.Single();

        Assert.Equal((ErrorCode.Conflict, "SESSION_FULL"), (full.Code, full.Reason.Name));
        Assert.Equal((ErrorCode.Conflict, "ALREADY_ENROLLED"), (twice.Code, twice.Reason.Name));
        Assert.Equal("Tillfället är fullbokat (1 av 1 platser är tagna). Välj ett annat tillfälle.", ErrorTexts.Message(full, ErrorTexts.Swedish));
        Assert.Equal("This session is full (1 of 1 seats are taken). Choose another session.", ErrorTexts.Message(full, ErrorTexts.English));
        Assert.Equal("Du är redan anmäld till det här tillfället.", ErrorTexts.Message(twice, ErrorTexts.Swedish));
        Assert.Equal("You are already enrolled in this session.", ErrorTexts.Message(twice, ErrorTexts.English));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_session_that_has_started_refuses_enrolment(int minutesAfterStart)
    {
        var session = NewSession(capacity: 10);
        clock.SetUtcNow(session.StartsAt.AddMinutes(minutesAfterStart));

        var late = session.Enrol("nyanst", clock);

        Assert.Equal(ErrorCode.Validation, late.Errors.Single().Code);
        Assert.Contains("started", late.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Empty(session.Enrolments);
    }

    [Fact]
    public void An_enrolment_records_who_and_when()
    {
        var session = NewSession(capacity: 10);

        var enrolment = session.Enrol("nyanst", clock).Value!;

        Assert.Equal(("nyanst", Now, session.Id), (enrolment.UserId, enrolment.EnrolledAt, enrolment.SessionId));
    }

    [Fact]
    public void A_completion_cannot_be_dated_in_the_future()
    {
        var training = NewTraining();
        var today = DateOnly.FromDateTime(Now.UtcDateTime);

        var tomorrow = training.RecordCompletion("nyanst", today.AddDays(1), "ladokadm", clock);
        var onTheDay = training.RecordCompletion("nyanst", today, "ladokadm", clock);

        Assert.Equal(ErrorCode.Validation, tomorrow.Errors.Single().Code);
        Assert.Equal(Field.Of("completedOn"), tomorrow.Errors.Single().Field);
        Assert.True(onTheDay.Succeeded);
    }

    [Fact]
    public void A_completion_expires_the_training_s_validity_after_it_was_completed()
    {
        var elearning = Domain.Training.Create("RESULTAT-ELEARN", "E-learning", "E-learning", "RESULT_REPORTER", 36).Value!;

        var completion = elearning.RecordCompletion("lararedv", new(2026, 9, 1), "seed", clock).Value!;

        Assert.Equal(new DateOnly(2029, 9, 1), completion.ExpiresOn);
        Assert.True(completion.IsValidOn(new(2029, 8, 31)));
        Assert.False(completion.IsValidOn(new(2029, 9, 1)));
        Assert.False(completion.IsValidOn(new(2026, 8, 31)));
        Assert.Equal(("lararedv", "seed", Now), (completion.UserId, completion.RecordedBy, completion.RecordedAt));
    }

    [Fact]
    public void A_completion_of_a_training_without_validity_never_expires()
    {
        var completion = NewTraining().RecordCompletion("stadmdv", new(2020, 1, 1), "seed", clock).Value!;

        Assert.Null(completion.ExpiresOn);
        Assert.True(completion.IsValidOn(new(2099, 1, 1)));
    }

    private static Domain.Training NewTraining() =>
        Domain.Training.Create("INTRO-STADM", "Introducerande träff", "Introductory meeting", "STUDY_ADMINISTRATOR", null).Value!;

    private static TrainingSession NewSession(int capacity) => NewTraining().Schedule(NextWeek, NextWeek.AddHours(3), "Studentcentrum", capacity).Value!;

    private static List<string?> Fields(IEnumerable<DomainError> errors) => errors.Select(e => e.Field?.ToString()).ToList();
}
