namespace Ladok.Host.Tests;

public sealed partial class ScreensTests
{
    [Fact]
    public async Task Screen_k_Notifications_lists_a_students_own_newest_first_and_marks_them_all_read()
    {
        var marked = (await RunAsync("mark-notifications-read", new { all = true }, "stud01"))["markNotificationsRead"]!;
        var me = (await RunAsync("my-notifications", null, "stud01"))["me"]!;
        var staff = (await RunAsync("my-notifications", null, "stadmdv"))["me"]!;

        Assert.Empty(marked["errors"]!.AsArray());
        Assert.Equal(0, marked["unreadCount"]!.GetValue<int>());
        Assert.Equal(0, me["unreadNotificationCount"]!.GetValue<int>());
        var occurred = me["notifications"]!["nodes"]!.AsArray().Select(n => n!["occurredAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(occurred.OrderDescending(), occurred);
        Assert.All(me["notifications"]!["nodes"]!.AsArray(), n => Assert.True(n!["read"]!.GetValue<bool>()));
        Assert.Equal(0, staff["notifications"]!["totalCount"]!.GetValue<int>());
        Assert.Null(staff["unreadNotificationCount"]);
    }
}
