using System.Text.Json.Nodes;

namespace Ladok.Host.Tests;

public sealed partial class ScreensTests
{
    [Fact]
    public async Task Screen_g_Grading_an_exam_sitting_by_code_shows_the_sign_ups_by_code_without_names_and_the_modules_grades()
    {
        var rights = (await host.PostAsync("{ me { courseRights { course { code } } } }", user: "lararedv")).Data["me"]!["courseRights"]!.AsArray();
        JsonNode? sitting = null;
        foreach (var code in rights.Select(r => r!["course"]!["code"]!.GetValue<string>()).Distinct())
        {
            sitting ??= (await RunAsync("exam-sitting-codes", new { courseCode = code }, "lararedv"))["examSittings"]!.AsArray().FirstOrDefault();
        }

        Assert.NotNull(sitting);
        var participants = sitting["participants"]!.AsArray();
        Assert.Equal(sitting["signedUpCount"]!.GetValue<int>(), participants.Count);
        Assert.NotEmpty(participants);
        Assert.All(participants, p => Assert.Null(p!["student"]));
        var codes = participants.Select(p => p!["anonymousCode"]!.GetValue<string>()).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.NotEmpty(sitting["module"]!["gradingScale"]!["grades"]!.AsArray());
    }
}
