using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Återbud by the student: before the offering starts their registration is removed (withdrawn, as a study administrator
/// removes one); from the start until the university's last day (<see cref="SelfWithdrawalPeriod"/>, three weeks by default)
/// they leave with a dropout dated today, which is an early dropout (counting as never started) when nothing is passed.
/// After that only a study administrator records a dropout. Each is announced as the administrator's step is.
/// </summary>
public sealed class WithdrawMyselfHandler(
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, ResultsOnOffering resultsOnOffering, SelfWithdrawalPeriod period,
    TimeProvider clock)
    : ICommandHandler<WithdrawMyselfCommand, Registration>
{
    private static readonly Field OnOffering = Field.Of(nameof(WithdrawMyselfCommand.OfferingId));

    public async Task<Outcome<Registration>> HandleAsync(WithdrawMyselfCommand command, CancellationToken cancellationToken)
    {
        var offering = await catalogue.GetOfferingAsync(command.OfferingId, cancellationToken);
        if (offering is null) return DomainError.Of(KernelReasons.OfferingNotFound, OnOffering);

        var db = unit.Db;
        var registration = (await db.Registrations
                .Where(r => r.StudentId == command.StudentId && r.OfferingId == offering.Id && r.WithdrawnOn == null && r.DroppedOutOn == null)
                .ToListAsync(cancellationToken))
            .MaxBy(r => Kernel.Periods.Term.Parse(r.Term));
        if (registration is null) return DomainError.Of(RecordsReasons.NothingToWithdraw, OnOffering, offering.CourseCode);

        var today = RecordsRules.Today(clock);
        var lastDay = SelfRegistration.LastWithdrawalDay(offering, period.AfterStart);
        if (today > lastDay) return DomainError.Of(RecordsReasons.WithdrawalClosed, OnOffering, offering.CourseCode, lastDay);

        var results = await resultsOnOffering.OfAsync(registration, cancellationToken);
        if (today < offering.StartDate)
        {
            var removed = registration.Remove(offering, results, command.By, clock);
            if (!removed.Succeeded) return removed;
            db.AddIntegrationEvent(new RegistrationWithdrawn(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.DepartmentId,
                registration.WithdrawnOn!.Value), clock);
            return removed;
        }

        var dropped = registration.RecordDropout(offering, results, today, null, null, command.By, clock);
        if (!dropped.Succeeded) return dropped;
        var version = await catalogue.GetCourseVersionAsync(offering.CourseVersionId, cancellationToken);
        db.AddIntegrationEvent(new DropoutRecorded(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.CourseCode,
            offering.DepartmentId, registration.Term, registration.DroppedOutOn!.Value, registration.IsEarlyDropout, version?.Credits, null,
            registration.DropoutRecordedAt!.Value), clock);
        return dropped;
    }
}
