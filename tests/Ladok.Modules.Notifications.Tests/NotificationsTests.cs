using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Autofac;
using Ladok.Kernel;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Notifications.Application;
using Ladok.Modules.Notifications.Data;
using Ladok.Modules.Notifications.Domain;
using Ladok.Modules.Records.Contracts;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MimeKit;
using Npgsql;

namespace Ladok.Modules.Notifications.Tests;

/// <summary>
/// Records' events become the student's notifications, once per event, with their mail through the mail outbox; against a real
/// PostgreSQL, the mails written to a pickup folder of the test's own or refused by an SMTP port nobody listens on.
/// </summary>
public sealed class NotificationsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeStudents students = new();
    private readonly string pickup = Path.Combine(Path.GetTempPath(), "ladok-notifications-" + Guid.NewGuid().ToString("N"));
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<NotificationsDbContext> databases = null!;
    private IContainer container = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<NotificationsDbContext>(
            ModuleDatabase.Options<NotificationsDbContext>(dataSource, NotificationsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        container = Build(new NotificationMailOptions { PickupDirectory = pickup });
    }

    public async Task DisposeAsync()
    {
        await container.DisposeAsync();
        await dataSource.DisposeAsync();
        if (Directory.Exists(pickup)) Directory.Delete(pickup, recursive: true);
    }

    [Fact]
    public async Task Everything_the_module_stores_lives_in_its_own_schema()
    {
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'notifications' AND table_name = '__migrations_history'"));
        Assert.Equal(2L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'notifications' AND table_name IN ('notifications', 'mails')"));
    }

    [Fact]
    public async Task A_registration_delivered_twice_is_one_notification_and_one_eml_file_sent_once()
    {
        var address = UniqueAddress();
        var student = students.Add(address);
        var registration = Registration(student);
        var messageId = Guid.CreateVersion7();

        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(registration, messageId);
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(registration, messageId);
        var sender = container.Resolve<MailSender>();
        await sender.SendPendingAsync(default);
        var sentAt = (await MailOfAsync(student)).SentAt;
        await sender.SendPendingAsync(default);

        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM notifications.notifications WHERE student_id = '{student}'"));
        Assert.NotNull(sentAt);
        Assert.Equal(sentAt, (await MailOfAsync(student)).SentAt);
        // Other tests' mails share the database and may land here too: this test's are those to its own address.
        var mine = Directory.GetFiles(pickup, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Single().Address == address);
        var mail = Assert.Single(mine);
        Assert.Equal("Du är registrerad på 5DV001 / You are registered on 5DV001", mail.Subject);
        var body = mail.TextBody ?? "";
        var swedish = body.IndexOf("Din registrering på 5DV001 Programmering för VT2026 är klar.", StringComparison.Ordinal);
        var english = body.IndexOf("Your registration on 5DV001 Programming for VT2026 is confirmed.", StringComparison.Ordinal);
        Assert.True(swedish >= 0 && english > swedish, body);
    }

    [Fact]
    public async Task Another_event_of_the_same_kind_is_another_notification()
    {
        var student = students.Add(null);

        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());

        Assert.Equal(2L, await CountAsync($"SELECT count(*) FROM notifications.notifications WHERE student_id = '{student}'"));
    }

    [Fact]
    public async Task A_student_without_an_address_gets_the_notification_and_no_mail()
    {
        var student = students.Add(null);

        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());

        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM notifications.notifications WHERE student_id = '{student}'"));
        Assert.Equal(0L, await CountAsync(
            $"SELECT count(*) FROM notifications.mails m JOIN notifications.notifications n ON n.id = m.notification_id WHERE n.student_id = '{student}'"));
    }

    [Fact]
    public async Task Without_mail_configured_notifications_are_stored_and_nothing_is_queued()
    {
        await using var noMail = Build(new NotificationMailOptions());
        var student = students.Add("anna@example.se");

        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7(), noMail);

        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM notifications.notifications WHERE student_id = '{student}'"));
        Assert.Equal(0L, await CountAsync(
            $"SELECT count(*) FROM notifications.mails m JOIN notifications.notifications n ON n.id = m.notification_id WHERE n.student_id = '{student}'"));
    }

    [Fact]
    public async Task A_failing_SMTP_server_leaves_the_mail_pending_and_it_is_tried_again_after_the_delay()
    {
        await using var smtp = Build(new NotificationMailOptions
        {
            SmtpHost = "127.0.0.1", SmtpPort = ClosedPort(), Security = MailSecurity.None, FirstRetryDelay = TimeSpan.FromMinutes(1),
        });
        var student = students.Add("anna@example.se");
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7(), smtp);
        var sender = smtp.Resolve<MailSender>();

        var sent = await sender.SendPendingAsync(default);
        var beforeTheDelay = await sender.SendPendingAsync(default);
        var afterFirst = await MailOfAsync(student);
        clock.Advance(TimeSpan.FromMinutes(1));
        await sender.SendPendingAsync(default);
        var afterSecond = await MailOfAsync(student);

        Assert.Equal((0, 0), (sent, beforeTheDelay));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM notifications.notifications WHERE student_id = '{student}'"));
        Assert.Equal((1, (DateTimeOffset?)null), (afterFirst.Attempts, afterFirst.SentAt));
        Assert.Equal(clock.GetUtcNow(), afterFirst.NextAttemptAt);
        Assert.NotNull(afterFirst.LastError);
        Assert.Equal((2, (DateTimeOffset?)null), (afterSecond.Attempts, afterSecond.SentAt));
        Assert.Equal(clock.GetUtcNow().AddMinutes(2), afterSecond.NextAttemptAt);
    }

    [Fact]
    public async Task A_mail_goes_to_the_SMTP_server_once_with_MailKit()
    {
        await using var server = new TinySmtpServer();
        await using var smtp = Build(new NotificationMailOptions
        {
            SmtpHost = "127.0.0.1", SmtpPort = server.Port, Security = MailSecurity.None, Sender = "Ladok <ladok@umu.se>",
        });
        var address = UniqueAddress();
        var student = students.Add(address);
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7(), smtp);
        var sender = smtp.Resolve<MailSender>();

        await sender.SendPendingAsync(default);
        await sender.SendPendingAsync(default);

        // Other tests' mails share the database and may reach this server too: this test's are those to its own address.
        var (_, data) = Assert.Single(server.Received, m => m.Recipients.SequenceEqual([address]));
        Assert.Contains("@umu.se>", data.Split("\r\n").Single(l => l.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase)), StringComparison.Ordinal);
        Assert.NotNull((await MailOfAsync(student)).SentAt);
    }

    [Fact]
    public async Task An_exam_sign_up_tells_the_time_and_place_in_Swedish_time_and_no_code()
    {
        var student = students.Add("anna@example.se");
        var sittingId = Guid.CreateVersion7();
        var signUp = new ExamSignUpConfirmed(
            Guid.CreateVersion7(), sittingId, student, Guid.CreateVersion7(), FakeCatalogue.Programming, "5DV001", "0002",
            new DateTimeOffset(2026, 1, 16, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 16, 13, 0, 0, TimeSpan.Zero), "Bikupan",
            clock.GetUtcNow());

        await DeliverAsync<ExamSignUpConfirmedHandler, ExamSignUpConfirmed>(signUp, Guid.CreateVersion7());
        var notification = await NotificationOfAsync(student);

        Assert.Equal(NotificationKind.ExamSignUpConfirmed, notification.Kind);
        Assert.Equal(sittingId, notification.ExamSittingId);
        Assert.Equal(
            "Du har en plats på tentamen på 5DV001 Programmering (modul 0002) den 2026-01-16 kl. 09:00–14:00, Bikupan.",
            NotificationTexts.Text(notification, CultureInfo.GetCultureInfo("sv-SE")));
        Assert.Equal(
            "You have a seat at the exam on 5DV001 Programming (module 0002) on 2026-01-16, 09:00–14:00, Bikupan.",
            NotificationTexts.Text(notification, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public async Task An_attested_result_tells_the_grade_in_the_readers_language()
    {
        var student = students.Add(null);
        var resultId = Guid.CreateVersion7();
        var attested = new ResultAttested(
            resultId, student, Guid.CreateVersion7(), FakeCatalogue.Programming, "5DV001", FakeCatalogue.ProgrammingV1.Id, null, FakeCatalogue.Dv,
            "VG", true, 7.5m, new DateOnly(2026, 1, 9), clock.GetUtcNow(), "Reported");

        await DeliverAsync<ResultAttestedHandler, ResultAttested>(attested, Guid.CreateVersion7());
        var notification = await NotificationOfAsync(student);

        Assert.Equal((NotificationKind.ResultAttested, resultId, "VG"), (notification.Kind, notification.ResultId, notification.Grade));
        Assert.Equal("Nytt resultat på 5DV001", NotificationTexts.Title(notification, CultureInfo.GetCultureInfo("sv")));
        Assert.Equal("Ditt resultat på 5DV001 Programmering är attesterat: VG.", NotificationTexts.Text(notification, CultureInfo.GetCultureInfo("sv")));
        Assert.Equal("Your result on 5DV001 Programming is attested: VG.", NotificationTexts.Text(notification, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public async Task A_students_list_is_their_own_newest_first_and_unread_only_when_asked()
    {
        var student = students.Add(null);
        var other = students.Add(null);
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());
        clock.Advance(TimeSpan.FromHours(1));
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(other), Guid.CreateVersion7());
        var reader = container.Resolve<NotificationsReader>();
        var all = await reader.NotificationsAsync(student, unreadOnly: false, new PageRequest(10, false, null, null), default);
        await MarkAsync(student, [all.Nodes.Last().Id], all: false);

        var unread = await reader.NotificationsAsync(student, unreadOnly: true, new PageRequest(10, false, null, null), default);

        Assert.Equal(2, all.TotalCount);
        Assert.True(all.Nodes.First().OccurredAt > all.Nodes.Last().OccurredAt);
        Assert.Equal([all.Nodes.First().Id], unread.Nodes.Select(n => n.Id));
        Assert.Equal(1, await reader.UnreadCountAsync(student, default));
    }

    [Fact]
    public async Task Marking_read_marks_the_students_own_and_keeps_the_first_time()
    {
        var student = students.Add(null);
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());
        var id = (await NotificationOfAsync(student)).Id;
        var readAt = clock.GetUtcNow();

        var first = await MarkAsync(student, [id], all: false);
        clock.Advance(TimeSpan.FromHours(1));
        var again = await MarkAsync(student, [id], all: false);

        Assert.True(first.Succeeded);
        Assert.Equal(0, first.Value!.UnreadCount);
        Assert.True(again.Succeeded);
        Assert.Equal(readAt, (await NotificationOfAsync(student)).ReadAt);
    }

    [Fact]
    public async Task Another_students_notification_is_refused_and_nothing_is_marked()
    {
        var student = students.Add(null);
        var other = students.Add(null);
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(other), Guid.CreateVersion7());
        var own = (await NotificationOfAsync(student)).Id;
        var others = (await NotificationOfAsync(other)).Id;

        var outcome = await MarkAsync(student, [own, others], all: false);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(NotificationsReasons.NotificationNotFound, error.Reason);
        Assert.Equal("Ids[1]", error.Field?.ToString());
        Assert.Null((await NotificationOfAsync(student)).ReadAt);
        Assert.Null((await NotificationOfAsync(other)).ReadAt);
    }

    [Fact]
    public async Task All_marks_every_unread_one_and_naming_none_is_refused()
    {
        var student = students.Add(null);
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());
        await DeliverAsync<RegistrationRecordedHandler, RegistrationRecorded>(Registration(student), Guid.CreateVersion7());

        var none = await MarkAsync(student, [], all: false);
        var all = await MarkAsync(student, [], all: true);

        Assert.Equal(NotificationsReasons.NothingToMark, Assert.Single(none.Errors).Reason);
        Assert.Equal((2, 0), (all.Value!.Notifications.Count, all.Value.UnreadCount));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM notifications.notifications WHERE student_id = '{student}' AND read_at IS NULL"));
    }

    private IContainer Build(NotificationMailOptions options)
    {
        var builder = new ContainerBuilder();
        builder.RegisterModule<KernelModule>();
        builder.RegisterModule<NotificationsModule>();
        builder.RegisterInstance(dataSource).ExternallyOwned();
        builder.RegisterInstance(new FakeCatalogue()).As<ICatalogueQueries>();
        builder.RegisterInstance(students).As<IRecordsQueries>();
        builder.RegisterInstance(clock).As<TimeProvider>();
        builder.RegisterInstance(options);
        return builder.Build();
    }

    private RegistrationRecorded Registration(Guid student) => new(
        Guid.CreateVersion7(), student, FakeCatalogue.DvSpring.Id, FakeCatalogue.Programming, "5DV001", FakeCatalogue.Dv, "VT2026", "FirstTime",
        clock.GetUtcNow());

    private async Task DeliverAsync<THandler, TEvent>(TEvent integrationEvent, Guid messageId, IContainer? into = null)
        where THandler : IIntegrationEventHandler<TEvent>
        where TEvent : IIntegrationEvent
    {
        await using var scope = (into ?? container).BeginLifetimeScope();
        await scope.Resolve<THandler>().HandleAsync(integrationEvent, new IntegrationEventContext(messageId, clock.GetUtcNow(), 1), default);
    }

    private async Task<Outcome<MarkedNotifications>> MarkAsync(Guid student, IReadOnlyList<Guid> ids, bool all)
    {
        await using var scope = container.BeginLifetimeScope();
        return await new CommandPipeline(scope).RunAsync<MarkNotificationsReadCommand, MarkedNotifications>(
            new MarkNotificationsReadCommand(student, ids, all, "stud01"), null, default);
    }

    private async Task<Notification> NotificationOfAsync(Guid student)
    {
        await using var db = await databases.CreateDbContextAsync();
        return await db.Notifications.AsNoTracking().SingleAsync(n => n.StudentId == student);
    }

    private async Task<OutgoingMail> MailOfAsync(Guid student)
    {
        await using var db = await databases.CreateDbContextAsync();
        var notification = await db.Notifications.AsNoTracking().SingleAsync(n => n.StudentId == student);
        return await db.Mails.AsNoTracking().SingleAsync(m => m.NotificationId == notification.Id);
    }

    private static string UniqueAddress() => $"student-{Guid.NewGuid():N}@example.se";

    private async Task<long> CountAsync(string sql) => await database.ScalarAsync<long>(sql);

    /// <summary>A loopback port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
