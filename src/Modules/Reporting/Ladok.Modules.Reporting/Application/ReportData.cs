using System.Runtime.CompilerServices;
using Ladok.Modules.Records.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Reporting.Application;

/// <summary>What plugin reports and the inactivity rule may read, from the Records facade, in SDK types.</summary>
internal sealed class ReportData(IRecordsQueries records) : IReportData
{
    public async IAsyncEnumerable<StudentActivity> StudentActivityAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var s in records.StudentActivityAsync(cancellationToken))
        {
            yield return new StudentActivity(s.IdentityNumber, $"{s.FirstName} {s.LastName}", s.LastRegistered, s.LastExamined) { BreakEnds = s.BreakEnds };
        }
    }
}
