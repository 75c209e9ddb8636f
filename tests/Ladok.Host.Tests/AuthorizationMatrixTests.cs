using System.Globalization;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Every demo user of the README against every operation that exists, on DV and MA objects: each
/// cell is asserted, allowed or refused with its code.
/// </summary>
public sealed class AuthorizationMatrixTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Ok = "OK", Forbidden = "FORBIDDEN", NotFound = "NOT_FOUND", Unauthenticated = "UNAUTHENTICATED";

    private static readonly string[] Users = ["ladokadm", "prefdv", "stadmdv", "stadmma", "lararedv", "examdv", "nyanst", "(anonymous)"];

    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Operation → expected outcome per user, in the order of <see cref="Users"/>.</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["university"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["gradingScales"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["me"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated],
        ["trainings"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated],
        ["permissionProfiles"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated],
        ["courses"] = [Ok, Ok, Ok, Ok, Ok, Ok, Forbidden, Unauthenticated],
        ["course at DV"] = [Ok, Ok, Ok, Ok, Ok, Ok, Forbidden, Unauthenticated],
        ["createCourse at DV"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["createCourse at MA"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["scheduleTrainingSession"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["recordTrainingCompletion"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["permissionApplications"] = [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["users"] = [Ok, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["grantCourseRight on DV course"] = [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["grantCourseRight on MA course"] = [Ok, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["applyForPermission"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthenticated],
        ["createUser"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["student"] = [Ok, Ok, Ok, Ok, Ok, Ok, Forbidden, Unauthenticated],
        ["createStudent"] = [Ok, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["recordFeePaying"] = [Ok, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["registerStudent on DV offering"] = [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["registerStudent on MA offering"] = [Ok, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["auditTrail of a DV result"] = [Ok, Ok, Ok, NotFound, Ok, Ok, Forbidden, Unauthenticated],
        ["reports"] = [Ok, Ok, Ok, Ok, Ok, Ok, Forbidden, Unauthenticated],
        ["report umu-inactive-students"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["authorityReport"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["fullTimeEquivalents"] = [Ok, Ok, Ok, Ok, Ok, Ok, Forbidden, Unauthenticated],
        ["closeReportingYear"] = [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["resultsAwaitingAttestation"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Unauthenticated],
        ["reportResult on DV course"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Unauthenticated],
        ["reportResult on MA course"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["markResultsReady"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Unauthenticated],
        ["attestResults"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Unauthenticated],
        ["rejectResults"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Unauthenticated],
        ["requestResultRemoval"] = [Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Unauthenticated],
        ["attestResultRemoval"] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Unauthenticated],
        ["recordCreditTransfer on DV course"] = [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["recordStudyBreak on DV offering"] = [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["recordDropout on DV offering"] = [Ok, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["issueTranscript"] = [Ok, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Unauthenticated],
        ["verifyTranscript"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
    };

    public static TheoryData<string, int> Cells()
    {
        var cells = new TheoryData<string, int>();
        foreach (var operation in Expected.Keys)
        {
            for (var user = 0; user < Users.Length; user++) cells.Add(operation, user);
        }
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_user_gets_what_their_permissions_allow(string operation, int user)
    {
        var caller = user == Users.Length - 1 ? null : Users[user];
        var (document, variables, field) = operation.StartsWith("registerStudent", StringComparison.Ordinal)
            ? await RegistrationAsync(operation.EndsWith("DV offering", StringComparison.Ordinal) ? "5DV001" : "5MA001", user)
            : ResultOperations.Contains(operation) ? await ResultOperationAsync(operation, user, caller)
            : operation == "recordFeePaying" ? await FeePayingAsync(user)
            : Operation(operation, user);

        var response = await host.PostAsync(document, variables, caller);

        Assert.Equal(Expected[operation][user], PermissionScenarioTests.Outcome(response, field));
    }

    /// <summary>The document for an operation; inputs differ per user so that allowed cells do not collide.</summary>
    private static (string Document, object? Variables, string Field) Operation(string operation, int user) => operation switch
    {
        "university" => ("{ university { code } }", null, "university"),
        "gradingScales" => ("{ gradingScales { code } }", null, "gradingScales"),
        "me" => ("{ me { user { userId } } }", null, "me"),
        "trainings" => ("{ trainings { code } }", null, "trainings"),
        "permissionProfiles" => ("{ permissionProfiles { code } }", null, "permissionProfiles"),
        "courses" => ("{ courses(first: 1) { totalCount } }", null, "courses"),
        "course at DV" => ("{ course(code: \"5DV001\") { code } }", null, "course"),
        "createCourse at DV" => Mutation("createCourse", "course { id }",
            new { code = $"9DV{user:000}", nameSv = "Ny kurs", nameEn = "New course", organisationUnitCode = "DV", level = "FIRST_CYCLE" }),
        "createCourse at MA" => Mutation("createCourse", "course { id }",
            new { code = $"9MA{user:000}", nameSv = "Ny kurs", nameEn = "New course", organisationUnitCode = "MA", level = "FIRST_CYCLE" }),
        "scheduleTrainingSession" => Mutation("scheduleTrainingSession", "session { id }",
            new { trainingCode = "INTRO-STADM", startsAt = "2027-03-01T09:00:00+01:00", endsAt = "2027-03-01T12:00:00+01:00",
                location = "Studentcentrum", capacity = 10 }),
        "recordTrainingCompletion" => Mutation("recordTrainingCompletion", "completion { completedOn }",
            new { trainingCode = "RESULTAT-ELEARN", userId = "stadmma", completedOn = Yesterday }),
        "permissionApplications" => ("{ permissionApplications(first: 5) { totalCount } }", null, "permissionApplications"),
        "users" => ("{ users(first: 5, search: \"dv\") { totalCount } }", null, "users"),
        "grantCourseRight on DV course" =>
            Mutation("grantCourseRight", "courseRight { id }", new { userId = "nyanst", courseCode = $"5DV00{1 + user % 7}", kind = "REPORT" }),
        "grantCourseRight on MA course" =>
            Mutation("grantCourseRight", "courseRight { id }", new { userId = "nyanst", courseCode = MaCourses[user % MaCourses.Length], kind = "REPORT" }),
        "applyForPermission" =>
            Mutation("applyForPermission", "application { id }", new { profileCode = "READER", organisationUnitCode = "FY", motivation = "Curious" }),
        "student" => ("{ student(identityNumber: \"811218-9876\") { id } }", null, "student"),
        "reports" => ("{ reports { name } }", null, "reports"),
        "report umu-inactive-students" => ("{ report(name: \"umu-inactive-students\") { name } }", null, "report"),
        "authorityReport" => ("{ authorityReport(kind: SCB_TERM, period: \"HT2025\") { rows } }", null, "authorityReport"),
        "fullTimeEquivalents" => ("{ fullTimeEquivalents(year: 2025) { hst } }", null, "fullTimeEquivalents"),
        "closeReportingYear" => Mutation("closeReportingYear", "closedYear { year }", new { year = 2000 + user }),
        "verifyTranscript" => ("{ verifyTranscript(code: \"AAAA-BBBB-CCCC\") { valid } }", null, "verifyTranscript"),
        "resultsAwaitingAttestation" => ("{ resultsAwaitingAttestation(first: 5) { totalCount } }", null, "resultsAwaitingAttestation"),
        "createStudent" => Mutation("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal($"7001{10 + user:00}103"), firstName = "Test", lastName = "Student" }),
        "createUser" => Mutation("createUser", "user { userId }", new { userId = $"newhire{user}", name = "New Hire" }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>A student of this cell's own (created by the administrator) and the offering, then the registration as the user.</summary>
    private async Task<(string, object?, string)> RegistrationAsync(string courseCode, int user)
    {
        var number = IdentityNumbers.Personal($"8001{10 + user:00}{(courseCode.StartsWith("5DV", StringComparison.Ordinal) ? 101 : 102)}");
        var created = await host.PostAsync("mutation($input: CreateStudentInput!) { createStudent(input: $input) { student { id } errors { code } } }",
            new { input = new { identityNumber = number, firstName = "Matrix", lastName = "Student" } }, "ladokadm");
        var offering = await host.PostAsync($"{{ offering(courseCode: \"{courseCode}\", term: \"HT2025\") {{ id }} }}", user: "ladokadm");
        return Mutation("registerStudent", "registration { id }", new
        {
            studentId = created.Data["createStudent"]!["student"]!["id"]!.GetValue<string>(),
            offeringId = offering.Data["offering"]!["id"]!.GetValue<string>(),
        });
    }

    /// <summary>A student of this cell's own (created by the administrator), recorded as fee-paying in HT2025 by the user.</summary>
    private async Task<(string, object?, string)> FeePayingAsync(int user)
    {
        var number = IdentityNumbers.Personal($"7202{10 + user:00}104");
        var created = await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = number, firstName = "Matrix", lastName = "Fees" }, "ladokadm");
        var studentId = created["student"]!["id"]!.GetValue<string>();
        return Mutation("recordFeePaying", "student { id }", new { studentId, term = "HT2025", feePaying = true });
    }

    private static readonly string[] ResultOperations =
    [
        "auditTrail of a DV result", "reportResult on DV course", "reportResult on MA course", "markResultsReady", "attestResults", "rejectResults",
        "requestResultRemoval", "attestResultRemoval", "recordCreditTransfer on DV course", "recordStudyBreak on DV offering", "recordDropout on DV offering",
        "issueTranscript",
    ];

    /// <summary>
    /// A registration of this cell's own, and a result brought to the state the operation needs by
    /// the demo reporter and examiner; the cell's user is named as examiner too, so that only
    /// their rights decide.
    /// </summary>
    private async Task<(string, object?, string)> ResultOperationAsync(string operation, int user, string? caller)
    {
        var courseCode = operation.EndsWith("MA course", StringComparison.Ordinal) ? "5MA001" : "5DV001";
        var number = IdentityNumbers.Personal($"71{Array.IndexOf(ResultOperations, operation) + 1:00}{10 + user:00}123");
        var created = await host.MutateAsync(
            "createStudent", "student { id }", new { identityNumber = number, firstName = "Matrix", lastName = "Result" }, "ladokadm");
        var studentId = created["student"]!["id"]!.GetValue<string>();
        var offering = await host.PostAsync(
            $"{{ offering(courseCode: \"{courseCode}\", term: \"HT2025\") {{ id courseVersion {{ id modules {{ code }} }} }} }}", user: "ladokadm");
        var registered = await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId, offeringId = offering.Data["offering"]!["id"]!.GetValue<string>() }, "ladokadm");
        var registrationId = registered["registration"]!["id"]!.GetValue<string>();
        if (operation == "issueTranscript") return Mutation("issueTranscript", "transcript { verificationCode }", new { studentId });
        var module = offering.Data["offering"]!["courseVersion"]!["modules"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();
        if (operation.StartsWith("recordStudyBreak", StringComparison.Ordinal))
        {
            return Mutation("recordStudyBreak", "studyBreak { from }", new { registrationId, from = "2025-09-15", to = "2025-09-30", reason = "Illness" });
        }
        if (operation.StartsWith("recordDropout", StringComparison.Ordinal)) return Mutation(
            "recordDropout", "registration { id }", new { registrationId, date = "2025-10-20" });

        var report = new { registrationId, moduleCode = module, grade = "G", examinationDate = "2025-10-20" };
        if (operation.StartsWith("reportResult", StringComparison.Ordinal)) return Mutation("reportResult", "result { id }", report);
        if (operation.StartsWith("recordCreditTransfer", StringComparison.Ordinal))
        {
            return Mutation("recordCreditTransfer", "result { id }", new
            {
                studentId, courseVersionId = offering.Data["offering"]!["courseVersion"]!["id"]!.GetValue<string>(), moduleCode = module,
                grade = "G", examinationDate = "2024-05-30", transferredFrom = "Stockholms universitet, DA1000, VT2024",
            });
        }

        var result = (await host.MutateAsync("reportResult", "result { id version }", report, "lararedv"))["result"]!;
        if (operation.StartsWith("auditTrail", StringComparison.Ordinal))
        {
            return ("query($id: ID!) { auditTrail(subjectId: $id) { totalCount } }", new { id = result["id"]!.GetValue<string>() }, "auditTrail");
        }
        if (operation == "markResultsReady") return Mutation(
            "markResultsReady", "results { id }", new { results = new[] { Ref(result) }, examiners = new[] { "examdv" } });

        result = (await host.MutateAsync("markResultsReady", "results { id version }",
            new { results = new[] { Ref(result) }, examiners = new[] { "examdv", caller ?? "examdv" } }, "lararedv"))["results"]![0]!;
        if (operation == "attestResults") return Mutation("attestResults", "results { id }", new { results = new[] { Ref(result) } });
        if (operation == "rejectResults") return Mutation("rejectResults", "results { id }", new { results = new[] { Ref(result) }, reason = "Wrong date" });

        result = (await host.MutateAsync("attestResults", "results { id version }", new { results = new[] { Ref(result) } }, "examdv"))["results"]![0]!;
        if (operation == "requestResultRemoval") return Mutation(
            "requestResultRemoval", "result { id }", new { result = Ref(result), reason = "Wrong module" });

        result = (
            await host.MutateAsync(
                "requestResultRemoval", "result { id version }", new { result = Ref(result), reason = "Wrong module" }, "lararedv"))["result"]!;
        return Mutation("attestResultRemoval", "result { id }", new { result = Ref(result) });
    }

    private static object Ref(System.Text.Json.Nodes.JsonNode result) =>
        new { id = result["id"]!.GetValue<string>(), version = result["version"]!.GetValue<string>() };

    private static readonly string[] MaCourses = ["5MA001", "5MA002", "5MA003", "5MS001"];

    private static (string, object?, string) Mutation(string name, string selection, object input) =>
        (LadokHost.MutationDocument(name, selection + " errors { code }"), new { input }, name);
}
