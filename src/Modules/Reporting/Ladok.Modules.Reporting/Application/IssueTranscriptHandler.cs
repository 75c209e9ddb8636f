using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Http;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Documents;
using Ladok.Modules.Reporting.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

public sealed record IssueTranscriptCommand(Guid StudentId, string IssuedBy);

/// <summary>
/// Issues a transcript: the student's results in force from the Records facade, course names from
/// the Catalogue's, the university's name from its plugin; stored as canonical JSON with its hash
/// under a new verification code. Every issue is a new row.
/// </summary>
public sealed class IssueTranscriptHandler(
    IUnitOfWork<ReportingDbContext> unit, IRecordsQueries records, ICatalogueQueries catalogue, IUniversityProfile university, TimeProvider clock)
    : ICommandHandler<IssueTranscriptCommand, IssuedTranscript>
{
    private const int CodeAttempts = 5;

    public async Task<Outcome<IssuedTranscript>> HandleAsync(IssueTranscriptCommand command, CancellationToken cancellationToken)
    {
        var source = await records.GetTranscriptSourceAsync(command.StudentId, cancellationToken);
        if (source is null) return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));

        var courses = await catalogue.GetCoursesAsync(source.Results.Select(r => r.CourseId).Distinct().ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        var issuedOn = Facts.LocalDate(now, clock);
        var transcript = Transcript.From(source, courses, university.NameSv, university.Code, issuedOn, clock.LocalTimeZone);

        // A random code that is already taken (about one in 10^17 per issue) is drawn again: each draw is saved
        // here, not by the pipeline, so a taken one can be told from a stored one. No transaction is open, so the
        // context stays usable after a refused insert; the pipeline's own save then has nothing left to do.
        for (var attempt = 1; ; attempt++)
        {
            var issued = IssuedTranscript.Issue(transcript, command.StudentId, VerificationCode.New(), command.IssuedBy, now);
            unit.Db.IssuedTranscripts.Add(issued);
            try
            {
                await unit.Db.SaveChangesAsync(cancellationToken);
                return Outcome<IssuedTranscript>.Success(issued);
            }
            catch (DbUpdateException e) when (SaveChanges.IsUniqueViolation(e))
            {
                unit.Db.Entry(issued).State = EntityState.Detached;
                if (attempt == CodeAttempts) return DomainError.Of(ReportingReasons.VerificationCodeTwice, Field.Whole);
            }
        }
    }
}
