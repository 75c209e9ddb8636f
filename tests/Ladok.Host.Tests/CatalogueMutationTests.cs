using System.Text.Json.Nodes;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>The Catalogue's mutations through /graphql, each refusal typed and storing nothing.</summary>
public sealed class CatalogueMutationTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Admin = "ladokadm";

    [Fact]
    public async Task A_course_is_created_versioned_offered_and_its_offering_changed()
    {
        var created = await Mutate("createCourse", "course { id code }",
            new { code = "5dv100", nameSv = "Kompilatorteknik", nameEn = "Compiler Construction", organisationUnitCode = "DV", level = "SECOND_CYCLE" });
        Assert.True(created["course"] is not null, created.ToJsonString());
        var courseId = created["course"]!["id"]!.GetValue<string>();

        var version = await Mutate("createCourseVersion", "courseVersion { id number credits modules { code } }", new
        {
            courseId, credits = 7.5m, gradingScaleCode = "U_G_VG", validFrom = "HT2026",
            modules = new[] { new { code = "0001", nameSv = "Teori", nameEn = "Theory", credits = 4.5m, gradingScaleCode = "U_G_VG" },
                              new { code = "0002", nameSv = "Projekt", nameEn = "Project", credits = 3.0m, gradingScaleCode = "U_G" } },
        });
        var versionId = version["courseVersion"]!["id"]!.GetValue<string>();

        var offering = await Mutate("createOffering", "offering { id version status organisationUnit { code } }",
            new { courseVersionId = versionId, code = "10001", term = "HT2026", startDate = "2026-09-01", endDate = "2026-11-01", pacePercent = 100 });
        var offeringId = offering["offering"]!["id"]!.GetValue<string>();
        var firstVersion = offering["offering"]!["version"]!.GetValue<string>();

        var updated = await Mutate("updateOffering", "offering { status pacePercent version }",
            new { offeringId, version = firstVersion, status = "STARTED", pacePercent = 50 });
        var stale = await Mutate("updateOffering", "offering { status }", new { offeringId, version = firstVersion, status = "CANCELLED" });

        Assert.Equal("5DV100", created["course"]!["code"]!.GetValue<string>());
        Assert.True(version["courseVersion"] is not null, version.ToJsonString());
        Assert.Equal(1, version["courseVersion"]!["number"]!.GetValue<int>());
        Assert.Equal("DV", offering["offering"]!["organisationUnit"]!["code"]!.GetValue<string>());
        Assert.Equal("STARTED", updated["offering"]!["status"]!.GetValue<string>());
        Assert.Equal(50, updated["offering"]!["pacePercent"]!.GetValue<int>());
        Assert.NotEqual(firstVersion, updated["offering"]!["version"]!.GetValue<string>());
        Assert.Equal(["CONFLICT"], ErrorCodes(stale));
        Assert.Equal("STALE_VERSION", stale["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("Started", await host.ScalarAsync<string>($"SELECT status FROM catalogue.offerings WHERE code = '10001' AND term = 'HT2026'"));
    }

    [Fact]
    public async Task An_offering_is_given_at_a_distance_in_a_place_and_a_place_too_long_is_refused_on_its_field()
    {
        // SCB's individual records carry the offering's studieform and studieort (SFS 1993:1153 3 kap. 3 §).
        var course = await Mutate("createCourse", "course { id }",
            new { code = "5DV120", nameSv = "Distanskurs", nameEn = "Distance course", organisationUnitCode = "DV", level = "FIRST_CYCLE" });
        var version = await Mutate("createCourseVersion", "courseVersion { id }", new
        {
            courseId = course["course"]!["id"]!.GetValue<string>(), credits = 7.5m, gradingScaleCode = "U_G", validFrom = "HT2026",
            modules = new[] { new { code = "0001", nameSv = "Teori", nameEn = "Theory", credits = 7.5m, gradingScaleCode = "U_G" } },
        });

        var offering = await Mutate("createOffering", "offering { id version studyForm place }", new
        {
            courseVersionId = version["courseVersion"]!["id"]!.GetValue<string>(), code = "10001", term = "HT2026", startDate = "2026-09-01",
            endDate = "2026-11-01", pacePercent = 50, studyForm = "DISTANCE", place = "Skellefteå",
        });
        var tooLong = await Mutate("updateOffering", "offering { place }", new
        {
            offeringId = offering["offering"]!["id"]!.GetValue<string>(), version = offering["offering"]!["version"]!.GetValue<string>(),
            place = new string('x', 41),
        });

        Assert.Equal(("DISTANCE", "Skellefteå"),
            (offering["offering"]!["studyForm"]!.GetValue<string>(), offering["offering"]!["place"]!.GetValue<string>()));
        Assert.Equal(["VALIDATION"], ErrorCodes(tooLong));
        Assert.Equal(["input.place"], Paths(tooLong));
        Assert.Equal("Skellefteå", await host.ScalarAsync<string>(
            "SELECT o.place FROM catalogue.offerings o JOIN catalogue.course_versions v ON v.id = o.course_version_id JOIN catalogue.courses c ON " +
            "c.id = v.course_id WHERE c.code = '5DV120'"));
    }

    [Theory]
    [InlineData("5DV", "input.code")]
    [InlineData("5DV-01", "input.code")]
    [InlineData("ABCDEF", "input.code")]
    public async Task An_invalid_course_code_is_refused_and_nothing_is_stored(string code, string path)
    {
        var payload = await Mutate(
            "createCourse", "course { id }", new { code, nameSv = "Namn", nameEn = "Name", organisationUnitCode = "DV", level = "FIRST_CYCLE" });

        Assert.Null(payload["course"]);
        Assert.Equal(["VALIDATION"], ErrorCodes(payload));
        Assert.Equal(path, string.Join('.', payload["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>())));
        Assert.Equal(0L, await host.ScalarAsync<long>($"SELECT count(*) FROM catalogue.courses WHERE code = '{code}' OR name_sv = 'Namn'"));
    }

    [Fact]
    public async Task Search_takes_percent_and_underscore_literally()
    {
        await Mutate("createCourse", "course { id }",
            new { code = "5DV555", nameSv = "Webbutveckling 100% distans", nameEn = "Web development 100% online", organisationUnitCode = "DV",
                level = "FIRST_CYCLE" });

        var percent = await host.PostAsync("{ courses(search: \"100%\") { nodes { code } } }", user: Admin);
        var underscore = await host.PostAsync("{ courses(search: \"100_\") { totalCount } }", user: Admin);

        Assert.Equal(["5DV555"], percent.Data["courses"]!["nodes"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
        Assert.Equal(0, underscore.Data["courses"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_duplicate_course_code_is_a_conflict()
    {
        var payload = await Mutate(
            "createCourse", "course { id }",
            new { code = "5DV001", nameSv = "Dubblett", nameEn = "Duplicate", organisationUnitCode = "DV", level = "FIRST_CYCLE" });

        Assert.Equal(["CONFLICT"], ErrorCodes(payload));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.courses WHERE code = '5DV001'"));
    }

    [Fact]
    public async Task An_unknown_department_is_not_found()
    {
        var payload = await Mutate(
            "createCourse", "course { id }", new { code = "5XX001", nameSv = "Namn", nameEn = "Name", organisationUnitCode = "NOPE", level = "FIRST_CYCLE" });

        Assert.Equal(["NOT_FOUND"], ErrorCodes(payload));
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.courses WHERE code = '5XX001'"));
    }

    [Theory]
    [InlineData(-7.5, "U_G", "HT2026", "input.credits")]
    [InlineData(0, "U_G", "HT2026", "input.credits")]
    [InlineData(7.3, "U_G", "HT2026", "input.credits")]
    [InlineData(7.5, "NO_SUCH_SCALE", "HT2026", "input.gradingScaleCode")]
    public async Task An_invalid_course_version_is_refused_and_nothing_is_stored(double credits, string scale, string validFrom, string path)
    {
        var courseId = await CourseIdAsync("5MA003");

        var payload = await Mutate(
            "createCourseVersion", "courseVersion { id }", new { courseId, credits = (decimal)credits, gradingScaleCode = scale, validFrom });

        Assert.Null(payload["courseVersion"]);
        Assert.Contains(path, Paths(payload));
        Assert.Equal(
            1L, await host.ScalarAsync<long>(
                "SELECT count(*) FROM catalogue.course_versions v JOIN catalogue.courses c ON c.id = v.course_id WHERE c.code = '5MA003'"));
    }

    [Fact]
    public async Task Module_credits_must_sum_to_the_version_credits()
    {
        var courseId = await CourseIdAsync("5MA003");

        var payload = await Mutate("createCourseVersion", "courseVersion { id }", new
        {
            courseId, credits = 7.5m, gradingScaleCode = "U_G", validFrom = "HT2026",
            modules = new[] { new { code = "0001", nameSv = "Tenta", nameEn = "Exam", credits = 5m, gradingScaleCode = "U_G" } },
        });

        Assert.Equal(["VALIDATION"], ErrorCodes(payload));
        Assert.Equal("MODULE_CREDITS_SUM", payload["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Contains("5,0 hp, men versionen omfattar 7,5 hp", payload["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.course_versions WHERE valid_from = 'HT2026' AND credits = 7.5 AND number = 2"));
    }

    [Theory]
    [InlineData("garbage", "VALIDATION")]
    [InlineData("an offering's id", "VALIDATION")]
    [InlineData("a course that does not exist", "NOT_FOUND")]
    public async Task Wrong_ids_are_refused_with_typed_errors(string kind, string code)
    {
        var courseId = kind switch
        {
            "garbage" => "not-an-id",
            "an offering's id" => GlobalId.Encode("CourseOffering", Guid.NewGuid()),
            _ => GlobalId.Encode("Course", Guid.NewGuid()),
        };

        var payload = await Mutate(
            "createCourseVersion", "courseVersion { id }", new { courseId, credits = 7.5m, gradingScaleCode = "U_G", validFrom = "HT2026" });

        Assert.Equal([code], ErrorCodes(payload));
        Assert.Equal(["input.courseId"], Paths(payload));
    }

    [Theory]
    [InlineData("10009", "HT2026", "2026-09-01", "2026-08-01", 100, "input.endDate")]
    [InlineData("10009", "HT2026", "2026-03-01", "2026-05-01", 100, "input.startDate")]
    [InlineData("1", "HT2026", "2026-09-01", "2026-11-01", 100, "input.code")]
    [InlineData("10009", "HT2026", "2026-09-01", "2026-11-01", 0, "input.pacePercent")]
    public async Task An_invalid_offering_is_refused_and_nothing_is_stored(string code, string term, string start, string end, int pace, string path)
    {
        var versionId = (await host.PostAsync("{ course(code: \"5FY001\") { versions { id } } }", user: Admin))
            .Data["course"]!["versions"]![0]!["id"]!.GetValue<string>();
        const string Offerings = "SELECT count(*) FROM catalogue.offerings o JOIN catalogue.course_versions v ON v.id = o.course_version_id " +
            "JOIN catalogue.courses c ON c.id = v.course_id WHERE c.code = '5FY001'";
        var before = await host.ScalarAsync<long>(Offerings);

        var payload = await Mutate(
            "createOffering", "offering { id }", new { courseVersionId = versionId, code, term, startDate = start, endDate = end, pacePercent = pace });

        Assert.Null(payload["offering"]);
        Assert.Contains(path, Paths(payload));
        Assert.True(before > 0);
        Assert.Equal(before, await host.ScalarAsync<long>(Offerings));
    }

    [Theory]
    [InlineData("HT26")]
    [InlineData("ST2026")]
    [InlineData("2026")]
    public async Task A_malformed_term_is_refused_when_the_variables_are_read_and_nothing_is_stored(string term)
    {
        var versionId = (await host.PostAsync("{ course(code: \"5FY001\") { versions { id } } }", user: Admin))
            .Data["course"]!["versions"]![0]!["id"]!.GetValue<string>();
        var courseId = await CourseIdAsync("5MA003");

        var offering = await host.PostAsync(LadokHost.MutationDocument("createOffering", "offering { id } errors { code }"), new
        {
            input = new { courseVersionId = versionId, code = "10010", term, startDate = "2026-09-01", endDate = "2026-11-01", pacePercent = 100 },
        }, Admin);
        var version = await host.PostAsync(LadokHost.MutationDocument("createCourseVersion", "courseVersion { id } errors { code }"), new
        {
            input = new { courseId, credits = 7.5m, gradingScaleCode = "U_G", validFrom = term },
        }, Admin);

        Assert.Equal(["INVALID_DOCUMENT"], offering.ErrorCodes);
        Assert.Equal(["INVALID_DOCUMENT"], version.ErrorCodes);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.offerings WHERE code = '10010'"));
        Assert.Equal(1L, await host.ScalarAsync<long>(
            "SELECT count(*) FROM catalogue.course_versions v JOIN catalogue.courses c ON c.id = v.course_id WHERE c.code = '5MA003'"));
    }

    [Fact]
    public async Task A_date_out_of_range_in_the_document_is_an_invalid_document()
    {
        var response = await host.PostAsync("""
            mutation { createOffering(input: { courseVersionId: "x", code: "10001", term: "HT2026", startDate: "2026-02-30",
                endDate: "2026-11-01" }) { errors { code } } }
            """, user: Admin);

        Assert.Equal(400, response.Status);
        Assert.Contains("INVALID_DOCUMENT", response.ErrorCodes);
    }

    [Fact]
    public async Task Mutations_need_a_signed_in_caller()
    {
        var response = await host.PostAsync(
            "mutation { createCourse(input: {code: \"5DV998\", nameSv: \"x\", nameEn: \"x\", organisationUnitCode: \"DV\", level: FIRST_CYCLE}) { " +
            "errors { code } } }");

        Assert.Equal(401, response.Status);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.courses WHERE code = '5DV998'"));
    }

    [Fact]
    public async Task A_courses_SCB_subject_group_is_given_on_create_changed_and_refused_on_its_field_when_malformed()
    {
        // SCB's individual records carry the course's ämnesgrupp (SFS 1993:1153 3 kap. 3 §): two capital letters and a digit.
        var created = await Mutate("createCourse", "course { id subjectGroup version }",
            new
            {
                code = "5DV130", nameSv = "Datorgrafik", nameEn = "Computer Graphics", organisationUnitCode = "DV", level = "FIRST_CYCLE", subjectGroup = "da1",
            });
        var course = created["course"]!;
        var malformed = await Mutate("changeCourseSubjectGroup", "course { subjectGroup }",
            new { courseId = course["id"]!.GetValue<string>(), subjectGroup = "Datateknik" });
        var changed = await Mutate("changeCourseSubjectGroup", "course { subjectGroup }",
            new { courseId = course["id"]!.GetValue<string>(), subjectGroup = "IF1", version = course["version"]!.GetValue<string>() });

        Assert.Equal("DA1", course["subjectGroup"]!.GetValue<string>());
        Assert.Equal(["VALIDATION"], ErrorCodes(malformed));
        Assert.Equal(["input.subjectGroup"], Paths(malformed));
        Assert.Equal("IF1", changed["course"]!["subjectGroup"]!.GetValue<string>());
        Assert.Equal("IF1", await host.ScalarAsync<string>("SELECT subject_group FROM catalogue.courses WHERE code = '5DV130'"));
    }

    private Task<JsonNode> Mutate(string mutation, string selection, object input)
        => host.MutateAsync(mutation, selection, input, Admin);

    private async Task<string> CourseIdAsync(string code) =>
        (await host.PostAsync($"{{ course(code: \"{code}\") {{ id }} }}", user: Admin)).Data["course"]!["id"]!.GetValue<string>();

    private static List<string> ErrorCodes(JsonNode payload) => payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    private static List<string> Paths(JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.GetValue<string>()))).ToList();
}
