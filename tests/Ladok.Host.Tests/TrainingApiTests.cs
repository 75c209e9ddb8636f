using System.Globalization;
using System.Text.Json.Nodes;
using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Training.Application;
using Ladok.Modules.Training.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Host.Tests;

/// <summary>
/// The demo host for the Training tests. The Umu plugin's sessions are on fixed dates
/// (1 December 2026, 10 December 2026, January 2027), so enrolment runs on a clock stopped before them, and giving a seat back
/// on one stopped between the first and the second, and these tests keep passing after those dates. Only these two: sign-in
/// tokens must keep real time.
/// </summary>
public sealed class TrainingHost : LadokHost
{
    public static readonly DateTimeOffset EnrolmentClock = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset CancellationClock = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

    protected override void ConfigureContainer(ContainerBuilder container)
    {
        container.Register(c => new EnrolInTrainingHandler(c.Resolve<IUnitOfWork<TrainingDbContext>>(), new FixedClock(EnrolmentClock)))
            .AsImplementedInterfaces()
            .InstancePerLifetimeScope();
        container.Register(c => new CancelTrainingSeatHandler(c.Resolve<IUnitOfWork<TrainingDbContext>>(), new FixedClock(CancellationClock)))
            .AsImplementedInterfaces()
            .InstancePerLifetimeScope();
    }
}

/// <summary>Staff training through /graphql, as the demo university's staff use it.</summary>
public sealed class TrainingApiTests(TrainingHost host) : IClassFixture<TrainingHost>
{
    private const string Admin = "ladokadm";

    private const string Trainings = """
        { trainings { id code name nameEn profileCode validForMonths sessions { id startsAt capacity enrolledCount seatsLeft isEnrolled version } } }
        """;

    [Fact]
    public async Task A_new_employee_lists_the_trainings_and_enrols_in_the_introductory_meeting()
    {
        var trainings = (await host.PostAsync(Trainings, user: "nyanst")).Data["trainings"]!.AsArray();
        var intro = trainings.Single(t => t!["code"]!.GetValue<string>() == "INTRO-STADM")!;
        var session = intro["sessions"]!.AsArray().Single(s => s!["capacity"]!.GetValue<int>() == 20)!;
        var taken = session["enrolledCount"]!.GetValue<int>();

        var payload = await Mutate("enrolInTraining", "session { id isEnrolled enrolledCount seatsLeft training { code } }",
            new { sessionId = session["id"]!.GetValue<string>() }, "nyanst");
        var listedAgain = (await host.PostAsync(Trainings, user: "nyanst")).Data["trainings"]!.AsArray()
            .SelectMany(t => t!["sessions"]!.AsArray()).Single(s => s!["id"]!.GetValue<string>() == session["id"]!.GetValue<string>())!;

        Assert.Equal(["INTRO-STADM", "RESULTAT-ELEARN"], trainings.Select(t => t!["code"]!.GetValue<string>()));
        Assert.Equal("Introducerande träff för studieadministratörer", intro["name"]!.GetValue<string>());
        Assert.Equal("STUDY_ADMINISTRATOR", intro["profileCode"]!.GetValue<string>());
        Assert.Null(intro["validForMonths"]);
        Assert.Equal(36, trainings.Single(t => t!["code"]!.GetValue<string>() == "RESULTAT-ELEARN")!["validForMonths"]!.GetValue<int>());
        Assert.Contains(2, intro["sessions"]!.AsArray().Select(s => s!["capacity"]!.GetValue<int>()));
        Assert.False(session["isEnrolled"]!.GetValue<bool>());
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.True(payload["session"]!["isEnrolled"]!.GetValue<bool>());
        Assert.Equal(taken + 1, payload["session"]!["enrolledCount"]!.GetValue<int>());
        Assert.Equal(20 - taken - 1, payload["session"]!["seatsLeft"]!.GetValue<int>());
        Assert.Equal("INTRO-STADM", payload["session"]!["training"]!["code"]!.GetValue<string>());
        Assert.True(listedAgain["isEnrolled"]!.GetValue<bool>());
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM training.enrolments WHERE user_id = 'nyanst'"));
    }

    [Fact]
    public async Task The_session_with_two_seats_refuses_a_third_enrolment_with_conflict()
    {
        var sessionId = await SessionIdAsync("INTRO-STADM", capacity: 2);
        Assert.Empty((await Mutate("enrolInTraining", "session { id }", new { sessionId }, "stadmdv"))["errors"]!.AsArray());
        Assert.Empty((await Mutate("enrolInTraining", "session { id }", new { sessionId }, "stadmma"))["errors"]!.AsArray());

        var third = await host.MutateAsync("enrolInTraining", "session { id }", new { sessionId }, "lararedv", language: "en");

        Assert.Null(third["session"]);
        Assert.Equal(["CONFLICT"], ErrorCodes(third));
        Assert.Equal(["input.sessionId"], Paths(third));
        Assert.Contains("full", third["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("2 seats", third["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("SESSION_FULL", third["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(2L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM training.enrolments e JOIN training.sessions s ON s.id = e.session_id WHERE s.capacity = 2"));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM training.enrolments WHERE user_id = 'lararedv'"));
    }

    [Fact]
    public async Task Enrolling_twice_is_a_conflict_and_stores_one_enrolment()
    {
        var sessionId = await SessionIdAsync("RESULTAT-ELEARN", capacity: 500);
        Assert.Empty((await Mutate("enrolInTraining", "session { id }", new { sessionId }, "prefdv"))["errors"]!.AsArray());

        var again = await Mutate("enrolInTraining", "session { id }", new { sessionId }, "prefdv");

        Assert.Equal(["CONFLICT"], ErrorCodes(again));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM training.enrolments WHERE user_id = 'prefdv'"));
    }

    [Fact]
    public async Task A_seat_is_given_back_before_the_session_starts_and_can_be_taken_again_but_not_after_it_started()
    {
        // The introductory meeting of 10 December and the e-learning that opened on 1 December, given back on 5 December.
        var meeting = await SessionIdAsync("INTRO-STADM", capacity: 20);
        var elearning = await SessionIdAsync("RESULTAT-ELEARN", capacity: 500);
        foreach (var sessionId in new[] { meeting, elearning })
        {
            Assert.Empty((await Mutate("enrolInTraining", "session { id }", new { sessionId }, "avbokare"))["errors"]!.AsArray());
        }

        var cancelled = await Mutate("cancelTrainingSeat", "session { isEnrolled }", new { sessionId = meeting }, "avbokare");
        var again = await Mutate("cancelTrainingSeat", "session { isEnrolled }", new { sessionId = meeting }, "avbokare");
        var started = await Mutate("cancelTrainingSeat", "session { isEnrolled }", new { sessionId = elearning }, "avbokare");
        var retaken = await Mutate("enrolInTraining", "session { isEnrolled }", new { sessionId = meeting }, "avbokare");

        Assert.Empty(cancelled["errors"]!.AsArray());
        Assert.False(cancelled["session"]!["isEnrolled"]!.GetValue<bool>());
        Assert.Equal(["NOT_FOUND"], ErrorCodes(again));
        Assert.Equal(["VALIDATION"], ErrorCodes(started));
        Assert.Equal(["input.sessionId"], Paths(started));
        Assert.True(retaken["session"]!["isEnrolled"]!.GetValue<bool>());
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM training.enrolments WHERE user_id = 'avbokare'"));
    }

    [Theory]
    [InlineData("garbage", "VALIDATION")]
    [InlineData("a training's id", "VALIDATION")]
    [InlineData("a session that does not exist", "NOT_FOUND")]
    public async Task Wrong_session_ids_are_refused_with_typed_errors(string kind, string code)
    {
        var sessionId = kind switch
        {
            "garbage" => "not-an-id",
            "a training's id" => GlobalId.Encode("Training", Guid.NewGuid()),
            _ => GlobalId.Encode("TrainingSession", Guid.NewGuid()),
        };

        var payload = await Mutate("enrolInTraining", "session { id }", new { sessionId }, "examdv");

        Assert.Equal([code], ErrorCodes(payload));
        Assert.Equal(["input.sessionId"], Paths(payload));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM training.enrolments WHERE user_id = 'examdv'"));
    }

    [Fact]
    public async Task A_caller_who_is_not_signed_in_gets_401_and_nothing_is_stored()
    {
        var sessionId = await SessionIdAsync("RESULTAT-ELEARN", capacity: 500);
        var before = await host.ScalarAsync<long>("SELECT count(*) FROM training.enrolments");

        var list = await host.PostAsync("{ trainings { code } }");
        var mine = await host.PostAsync("{ myTrainings { completedOn } }");
        var enrol = await host.PostAsync("mutation($id: ID!) { enrolInTraining(input: { sessionId: $id }) { errors { code } } }", new { id = sessionId });

        Assert.All([list, mine, enrol], response =>
        {
            Assert.Equal(401, response.Status);
            Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        });
        Assert.Equal(before, await host.ScalarAsync<long>("SELECT count(*) FROM training.enrolments"));
    }

    [Fact]
    public async Task An_administrator_records_a_completion_and_the_employee_sees_it_in_my_trainings()
    {
        var input = new { trainingCode = "resultat-elearn", userId = "nyanst", completedOn = "2026-10-01" };
        var selection = "completion { userId completedOn expiresOn recordedBy training { code } }";

        var recorded = await Mutate("recordTrainingCompletion", selection, input, Admin);
        var again = await Mutate("recordTrainingCompletion", selection, input, Admin);
        var mine = (await host.PostAsync("{ myTrainings { training { code name } completedOn expiresOn } }", user: "nyanst")).Data["myTrainings"]!.AsArray();

        Assert.Empty(recorded["errors"]!.AsArray());
        Assert.Equal(
            """{"userId":"nyanst","completedOn":"2026-10-01","expiresOn":"2029-10-01","recordedBy":"ladokadm","training":{"code":"RESULTAT-ELEARN"}}""",
            recorded["completion"]!.ToJsonString());
        Assert.Equal(recorded.ToJsonString(), again.ToJsonString());
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM training.completions WHERE user_id = 'nyanst'"));
        var completion = Assert.Single(mine)!;
        Assert.Equal("RESULTAT-ELEARN", completion["training"]!["code"]!.GetValue<string>());
        Assert.Equal("Resultatrapportering och attestering i Ladok (e-learning)", completion["training"]!["name"]!.GetValue<string>());
        Assert.Equal("2026-10-01", completion["completedOn"]!.GetValue<string>());
        Assert.Equal("2029-10-01", completion["expiresOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_demo_staff_have_completed_the_trainings_their_plugin_says()
    {
        var studyAdministrator = (await host.PostAsync("{ myTrainings { training { code } completedOn expiresOn recordedBy } }", user: "stadmdv"))
            .Data["myTrainings"]!;
        var teacher = (await host.PostAsync("{ myTrainings { training { code } expiresOn } }", user: "lararedv")).Data["myTrainings"]!;

        Assert.Equal(
            """[{"training":{"code":"INTRO-STADM"},"completedOn":"2026-09-01","expiresOn":null,"recordedBy":"seed"}]""", studyAdministrator.ToJsonString());
        Assert.Equal("""[{"training":{"code":"RESULTAT-ELEARN"},"expiresOn":"2029-09-01"}]""", teacher.ToJsonString());
    }

    [Fact]
    public async Task A_completion_dated_in_the_future_or_of_an_unknown_training_is_refused_and_nothing_is_stored()
    {
        var future = await Mutate("recordTrainingCompletion", "completion { userId }",
            new { trainingCode = "INTRO-STADM", userId = "futurist", completedOn = "2100-01-01" }, Admin);
        var unknown = await Mutate("recordTrainingCompletion", "completion { userId }",
            new { trainingCode = "NO-SUCH", userId = "futurist", completedOn = "2026-10-01" }, Admin);

        Assert.Null(future["completion"]);
        Assert.Equal(["VALIDATION"], ErrorCodes(future));
        Assert.Equal(["input.completedOn"], Paths(future));
        Assert.Equal(["NOT_FOUND"], ErrorCodes(unknown));
        Assert.Equal(["input.trainingCode"], Paths(unknown));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM training.completions WHERE user_id = 'futurist'"));
    }

    [Fact]
    public async Task An_administrator_schedules_a_session_that_everyone_then_sees()
    {
        var payload = await Mutate("scheduleTrainingSession", "session { id startsAt endsAt location capacity seatsLeft enrolledCount training { code } }",
            new { trainingCode = "INTRO-STADM", startsAt = "2027-02-04T09:00:00+01:00", endsAt = "2027-02-04T12:00:00+01:00",
                location = "Universumhuset", capacity = 7 },
            Admin);
        var sessionId = payload["session"]!["id"]!.GetValue<string>();
        var listed = (await host.PostAsync("{ trainings { sessions { id location } } }", user: "nyanst")).Data["trainings"]!.AsArray()
            .SelectMany(t => t!["sessions"]!.AsArray()).Select(s => s!["id"]!.GetValue<string>());

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(new DateTimeOffset(2027, 2, 4, 8, 0, 0, TimeSpan.Zero),
            DateTimeOffset.Parse(payload["session"]!["startsAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(7, payload["session"]!["seatsLeft"]!.GetValue<int>());
        Assert.Equal(0, payload["session"]!["enrolledCount"]!.GetValue<int>());
        Assert.Equal("INTRO-STADM", payload["session"]!["training"]!["code"]!.GetValue<string>());
        Assert.Contains(sessionId, listed);
    }

    [Theory]
    [InlineData("INTRO-STADM", 0, "2027-02-04T12:00:00Z", "VALIDATION", "input.capacity")]
    [InlineData("INTRO-STADM", 5, "2027-02-04T08:00:00Z", "VALIDATION", "input.endsAt")]
    [InlineData("NO-SUCH", 5, "2027-02-04T12:00:00Z", "NOT_FOUND", "input.trainingCode")]
    public async Task An_invalid_session_is_refused_with_a_typed_error_and_nothing_is_stored(
        string trainingCode, int capacity, string endsAt, string code, string path)
    {
        var before = await host.ScalarAsync<long>("SELECT count(*) FROM training.sessions");

        var payload = await Mutate("scheduleTrainingSession", "session { id }",
            new { trainingCode, startsAt = "2027-02-04T09:00:00Z", endsAt, location = "Studentcentrum", capacity }, Admin);

        Assert.Null(payload["session"]);
        Assert.Equal([code], ErrorCodes(payload));
        Assert.Equal([path], Paths(payload));
        Assert.Equal(before, await host.ScalarAsync<long>("SELECT count(*) FROM training.sessions"));
    }

    [Fact]
    public async Task Trainings_and_sessions_are_fetched_again_by_their_global_id()
    {
        var training = (await host.PostAsync("{ trainings { id code sessions { id capacity } } }", user: "nyanst")).Data["trainings"]![0]!;
        var session = training["sessions"]![0]!;

        var response = await host.PostAsync("""
            query($t: ID!, $s: ID!) { t: node(id: $t) { ... on Training { code } } s: node(id: $s) { ... on TrainingSession { capacity training { code } } } }
            """, new { t = training["id"]!.GetValue<string>(), s = session["id"]!.GetValue<string>() }, "nyanst");

        Assert.Equal(training["code"]!.GetValue<string>(), response.Data["t"]!["code"]!.GetValue<string>());
        Assert.Equal(session["capacity"]!.GetValue<int>(), response.Data["s"]!["capacity"]!.GetValue<int>());
        Assert.Equal(training["code"]!.GetValue<string>(), response.Data["s"]!["training"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Listing_trainings_with_their_sessions_makes_a_fixed_number_of_sql_round_trips()
    {
        const string Nested = "{ trainings { code sessions { enrolledCount seatsLeft isEnrolled training { code } } } }";
        _ = await host.PostAsync(Nested, user: "nyanst"); // warm up: the first request compiles queries

        using var trips = new SqlRoundTrips(host.DatabaseName);
        var response = await host.PostAsync(Nested, user: "nyanst");

        // One query each: trainings, their sessions, the seats taken, the caller's enrolments and the
        // sessions' trainings. Loading per training or per session would make more than 5 for 3 sessions.
        Assert.Equal(200, response.Status);
        Assert.True(response.Data["trainings"]!.AsArray().Sum(t => t!["sessions"]!.AsArray().Count) >= 3);
        Assert.InRange(trips.Count, 1, 5);
    }

    private async Task<string> SessionIdAsync(string trainingCode, int capacity) =>
        (await host.PostAsync(Trainings, user: Admin)).Data["trainings"]!.AsArray()
            .Single(t => t!["code"]!.GetValue<string>() == trainingCode)!["sessions"]!.AsArray()
            .Single(s => s!["capacity"]!.GetValue<int>() == capacity)!["id"]!.GetValue<string>();

    private Task<JsonNode> Mutate(string mutation, string selection, object input, string user)
        => host.MutateAsync(mutation, selection, input, user);

    private static List<string> ErrorCodes(JsonNode payload) => payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    private static List<string> Paths(JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.GetValue<string>()))).ToList();
}
