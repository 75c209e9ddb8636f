using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// The one announcement of a new registration, whoever made it (a study administrator or the student themself), so Reporting's
/// HST and the reports to SCB and CSN count every registration alike.
/// </summary>
public sealed class RegistrationAnnouncements(TimeProvider clock)
{
    public void Recorded(RecordsDbContext db, Registration registration, OfferingInfo offering) =>
        db.AddIntegrationEvent(new RegistrationRecorded(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.CourseCode,
            offering.DepartmentId, registration.Term, registration.Kind.ToString(), registration.RegisteredAt), clock);
}
