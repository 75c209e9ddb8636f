using System.Text.Json.Nodes;
using Ladok.Testing;
using MimeKit;

namespace Ladok.Host.Tests;

/// <summary>
/// Notifications through /graphql: a study administrator registers the demo student, Records' event reaches the Notifications
/// module through the outbox, and the student sees it in their language, marks it read and gets one e-mail (an .eml in the host's
/// pickup folder, as in Development); another student and staff see nothing of it and cannot mark it.
/// </summary>
public sealed class NotificationsApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string MyNotifications = """
        { me { unreadNotificationCount notifications(first: 20) { totalCount nodes { id kind title text read readAt courseCode term offeringId } } } }
        """;

    [Fact]
    public async Task A_registration_becomes_the_students_notification_and_one_mail_and_only_they_can_mark_it_read()
    {
        var offeringId = await NewOfferingAsync("30019");
        var stud01 = (await host.PostAsync("{ me { student { id email } } }", user: "stud01")).Data["me"]!["student"]!;
        var registered = await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = stud01["id"]!.GetValue<string>(), offeringId }, "stadmdv");
        Assert.Empty(registered["errors"]!.AsArray());

        var notification = await Eventually.Async(
            async () => (await host.PostAsync(MyNotifications, user: "stud01", language: "en")).Data["me"]!["notifications"]!["nodes"]!.AsArray()
                .FirstOrDefault(n => n!["offeringId"]?.GetValue<string>() == offeringId),
            found => found is not null, _ => "stud01's notification of the new registration");
        Assert.Equal(("REGISTRATION_CONFIRMED", "You are registered on 5DV003", false, "5DV003"), (
            notification!["kind"]!.GetValue<string>(), notification["title"]!.GetValue<string>(), notification["read"]!.GetValue<bool>(),
            notification["courseCode"]!.GetValue<string>()));
        Assert.StartsWith("Your registration on 5DV003 ", notification["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var id = notification["id"]!.GetValue<string>();
        var swedish = (await host.PostAsync(MyNotifications, user: "stud01")).Data["me"]!["notifications"]!["nodes"]!.AsArray()
            .Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("Du är registrerad på 5DV003", swedish["title"]!.GetValue<string>());

        var others = (await host.PostAsync(MyNotifications, user: "stud02")).Data["me"]!;
        var staff = (await host.PostAsync(MyNotifications, user: "stadmdv")).Data["me"]!;
        Assert.DoesNotContain(others["notifications"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.Equal(0, staff["notifications"]!["totalCount"]!.GetValue<int>());
        Assert.Null(staff["unreadNotificationCount"]);

        var byOther = await host.MutateAsync("markNotificationsRead", "unreadCount", new { ids = new[] { id } }, "stud02");
        var byStaff = await host.MutateAsync("markNotificationsRead", "unreadCount", new { ids = new[] { id } }, "stadmdv");
        Assert.Equal(("NOTIFICATION_NOT_FOUND", "[\"input\",\"ids\",\"0\"]"), ReasonAndPath(byOther));
        Assert.Equal("NOT_A_STUDENT", Single(byStaff)["reason"]!.GetValue<string>());
        Assert.False(await ReadAsync(id));

        var marked = await host.MutateAsync("markNotificationsRead", "notifications { id read } unreadCount", new { ids = new[] { id } }, "stud01");
        Assert.Empty(marked["errors"]!.AsArray());
        Assert.True(marked["notifications"]!.AsArray().Single()!["read"]!.GetValue<bool>());
        Assert.True(await ReadAsync(id));

        var mail = await Eventually.Async(
            () => Task.FromResult(Directory.Exists(host.MailPickupDirectory) ? Directory.GetFiles(host.MailPickupDirectory, "*.eml") : []),
            files => files.Any(IsTheRegistrations), files => $"an .eml for the registration among {files.Length}");
        var message = MimeMessage.Load(mail.Single(IsTheRegistrations));
        Assert.Equal(stud01["email"]!.GetValue<string>(), message.To.Mailboxes.Single().Address);
    }

    private static bool IsTheRegistrations(string eml) =>
        MimeMessage.Load(eml).Subject?.StartsWith("Du är registrerad på 5DV003", StringComparison.Ordinal) == true;

    private async Task<bool> ReadAsync(string id) =>
        (await host.PostAsync(MyNotifications, user: "stud01")).Data["me"]!["notifications"]!["nodes"]!.AsArray()
            .Single(n => n!["id"]!.GetValue<string>() == id)!["read"]!.GetValue<bool>();

    /// <summary>A new offering of 5DV003 in the term after the one teaching now, which no demo student is registered on.</summary>
    private async Task<string> NewOfferingAsync(string code)
    {
        var term = Kernel.Periods.Term.TeachingAt(DateOnly.FromDateTime(DateTime.Now)).Next;
        var course = await host.PostAsync("{ course(code: \"5DV003\") { versions { id } } }", user: "ladokadm");
        var created = await host.MutateAsync("createOffering", "offering { id }", new
        {
            courseVersionId = course.Data["course"]!["versions"]!.AsArray()[0]!["id"]!.GetValue<string>(), code, term = term.ToString(),
            startDate = term.TeachingStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            endDate = term.TeachingStart.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, "ladokadm");
        Assert.Empty(created["errors"]!.AsArray());
        return created["offering"]!["id"]!.GetValue<string>();
    }

    private static JsonNode Single(JsonNode payload) => payload["errors"]!.AsArray().Single()!;

    private static (string, string) ReasonAndPath(JsonNode payload) =>
        (Single(payload)["reason"]!.GetValue<string>(), Single(payload)["path"]!.ToJsonString());
}
