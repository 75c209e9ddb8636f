using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// KTH (kth.se, "Betyg"): "Betyget Fx kan inte användas som slutbetyg på kurs." Fx says a module
/// is close to a pass and may be completed; it is never a course's final grade. So a course grade
/// of Fx is neither marked ready nor attested; on a module it is allowed.
/// </summary>
public sealed class KthFxIsNotAFinalGrade : IResultRule
{
    public const string Code = "FX_NOT_A_FINAL_GRADE";

    public IEnumerable<ResultRefusal> Check(ResultToCheck result)
    {
        if (result.ModuleCode is null && string.Equals(result.Grade, "Fx", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ResultRefusal(Code,
                $"Fx kan inte vara slutbetyg på {result.CourseCode} vid KTH: ge F, eller låt studenten komplettera modulen och ge ett godkänt betyg.",
                ResultField.Grade)
            {
                EnglishMessage =
                    $"Fx cannot be the final grade of {result.CourseCode} at KTH: give F, or let the student complete the module and give a passing grade.",
            };
        }
    }
}
