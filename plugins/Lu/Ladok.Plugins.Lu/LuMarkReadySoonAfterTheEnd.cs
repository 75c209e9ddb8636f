using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Lu;

/// <summary>
/// A result is marked ready (klarmarkerat) at most <paramref name="days"/> days after the last day of the offering it was examined
/// on; later, the reporter asks the study administration to handle it as a late result. It reads the offering (SDK 1.8); a credit
/// transfer belongs to no offering and is never refused. Attesting is not limited: an examiner decides what was marked ready in time.
/// </summary>
public sealed class LuMarkReadySoonAfterTheEnd(int days = 30) : IResultRule
{
    public const string Code = "MARK_READY_TOO_LATE";

    public IEnumerable<ResultRefusal> Check(ResultToCheck result)
    {
        if (result.Step == ResultStep.Ready && result.Offering is { } offering && result.Today > offering.EndDate.AddDays(days))
        {
            yield return new ResultRefusal(Code,
                $"Resultatet kan inte klarmarkeras: kurstillfället {offering.Code} slutade {offering.EndDate:yyyy-MM-dd}, mer än {days} dagar sedan. "
                + "Kontakta studieadministrationen.",
                ResultField.Grade)
            {
                EnglishMessage = $"The result cannot be marked ready: the offering {offering.Code} ended on {offering.EndDate:yyyy-MM-dd}, more than "
                    + $"{days} days ago. Contact the study administration.",
            };
        }
    }
}
