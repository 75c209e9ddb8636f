using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.Tests;

/// <summary>The Catalogue's domain rules, without a database.</summary>
public sealed class CatalogueRulesTests
{
    private static readonly GradingScale UG = StandardGradingScales.All.Single(s => s.Code == "U_G");

    [Theory]
    [InlineData("5DV001", true)]
    [InlineData("TDA357", true)]
    [InlineData("1MA001", true)]
    [InlineData("5dv001", false)] // normalised before the rule; the rule itself wants upper case
    [InlineData("ABCDEF", false)]
    [InlineData("123456", false)]
    [InlineData("5DV01", false)]
    [InlineData("5DV0011", false)]
    [InlineData("5DV-01", false)]
    public void Course_codes_are_six_letters_and_digits_with_one_of_each(string code, bool valid)
    {
        Assert.Equal(valid, CatalogueRules.CourseCode(code) is null);
    }

    [Fact]
    public void A_courses_educational_areas_are_each_given_once_with_shares_in_thousandths_that_sum_to_1()
    {
        // UKÄ's utbildningsområden: a course classified half natural sciences, half technology splits its HST and HPR evenly.
        static List<DomainError> Check(params (EducationalArea Area, decimal Share)[] areas) =>
            CatalogueRules.EducationalAreas(areas.Select(a => new EducationalAreaShare(a.Area, a.Share)).ToList(), Field.Of("educationalAreas")).ToList();

        Assert.Empty(Check((EducationalArea.NaturalSciences, 0.5m), (EducationalArea.Technology, 0.5m)));
        Assert.Empty(Check((EducationalArea.Humanities, 0.125m), (EducationalArea.Teaching, 0.875m)));
        Assert.Single(Check());
        Assert.Single(Check((EducationalArea.NaturalSciences, 0.5m), (EducationalArea.Technology, 0.4m)));
        Assert.Equal("educationalAreas[1].Share",
            Assert.Single(Check((EducationalArea.NaturalSciences, 1m), (EducationalArea.Technology, 0m)),
                e => e.Field?.ToString() != "educationalAreas").Field?.ToString());
        Assert.Contains(Check((EducationalArea.Law, 0.5m), (EducationalArea.Law, 0.5m)), e => e.Message.Contains("more than once", StringComparison.Ordinal));
        Assert.Single(Check((EducationalArea.Law, 0.3333m), (EducationalArea.Medicine, 0.6667m)), e => e.Field?.ToString() == "educationalAreas[0].Share");
    }

    [Fact]
    public void A_course_is_ordinary_or_contract_education_and_refused_without_balanced_areas()
    {
        var contract = Course.Create("5DV900", "Uppdrag", "Contract", Guid.NewGuid(), EducationLevel.FirstCycle, FinancingForm.ContractEducation,
            [new(EducationalArea.Technology, 1m)]);
        var unbalanced = Course.Create("5DV901", "Obalans", "Unbalanced", Guid.NewGuid(), EducationLevel.FirstCycle, FinancingForm.Ordinary,
            [new(EducationalArea.Technology, 0.6m)]);

        Assert.Equal(FinancingForm.ContractEducation, contract.Value!.FinancingForm);
        Assert.Equal(ErrorCode.Validation, Assert.Single(unbalanced.Errors).Code);
    }

    [Theory]
    [InlineData("DA1", true)]
    [InlineData("FÖ1", true)]
    [InlineData("MA2", true)]
    [InlineData("da1", false)] // normalised before the rule, as course codes are
    [InlineData("DA", false)]
    [InlineData("DAT", false)]
    [InlineData("D11", false)]
    [InlineData("DA12", false)]
    public void An_SCB_subject_group_is_two_capital_letters_and_a_digit(string code, bool valid)
    {
        // SCB's ämnesgrupper for courses: "two capital letters and one number" (University of Gothenburg's syllabus guide).
        Assert.Equal(valid, CatalogueRules.SubjectGroup(code) is null);
    }

    [Theory]
    [InlineData(7.5, true)]
    [InlineData(0.5, true)]
    [InlineData(400, true)]
    [InlineData(0, false)]
    [InlineData(-7.5, false)]
    [InlineData(7.25, false)]
    [InlineData(400.5, false)]
    public void Credits_are_positive_half_steps_up_to_400(double credits, bool valid)
    {
        Assert.Equal(valid, CatalogueRules.Credits((decimal)credits) is null);
    }

    [Fact]
    public void A_version_whose_modules_do_not_sum_to_its_credits_is_refused()
    {
        var course = NewCourse();

        var outcome = course.AddVersion(7.5m, UG, Term.Parse("HT2025"), false, [new ModuleSpec("0001", "Tenta", "Exam", 6m, UG)]);

        Assert.False(outcome.Succeeded);
        Assert.Equal(ErrorCode.Validation, outcome.Errors.Single().Code);
        Assert.Empty(course.Versions);
    }

    [Fact]
    public void Versions_are_numbered_and_cannot_start_before_the_latest()
    {
        var course = NewCourse();

        var first = course.AddVersion(7.5m, UG, Term.Parse("HT2025"), false, []);
        var second = course.AddVersion(15m, UG, Term.Parse("HT2026"), false, []);
        var earlier = course.AddVersion(7.5m, UG, Term.Parse("VT2026"), false, []);

        Assert.Equal(1, first.Value!.Number);
        Assert.Equal(2, second.Value!.Number);
        Assert.Equal(Field.Of("validFrom"), earlier.Errors.Single().Field);
        Assert.Equal(2, course.Versions.Count);
    }

    [Fact]
    public void Duplicate_module_codes_are_refused()
    {
        var outcome = NewCourse().AddVersion(7.5m, UG, Term.Parse("HT2025"), false,
            [new ModuleSpec("0001", "A", "A", 3.5m, UG), new ModuleSpec("0001", "B", "B", 4m, UG)]);

        Assert.Contains(outcome.Errors, e => e.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void An_offering_starts_in_its_term_and_ends_after_it_starts()
    {
        var outsideTerm = Offering.Create(Guid.NewGuid(), "10001", Term.Parse("HT2025"), new(2025, 3, 1), new(2025, 5, 1), 100, Guid.NewGuid());
        var backwards = Offering.Create(Guid.NewGuid(), "10001", Term.Parse("HT2025"), new(2025, 9, 1), new(2025, 9, 1), 100, Guid.NewGuid());

        Assert.Equal(Field.Of("startDate"), outsideTerm.Errors.Single().Field);
        Assert.Equal(Field.Of("endDate"), backwards.Errors.Single().Field);
    }

    [Fact]
    public void A_cancelled_offering_is_final_and_a_complete_one_cannot_be_cancelled()
    {
        var offering = Offering.Create(Guid.NewGuid(), "10001", Term.Parse("HT2025"), new(2025, 9, 1), new(2025, 11, 1), 100, Guid.NewGuid()).Value!;

        Assert.Empty(offering.Update(null, null, null, OfferingState.Complete));
        Assert.NotEmpty(offering.Update(null, null, null, OfferingState.Cancelled));
        Assert.Equal(OfferingState.Complete, offering.Status);

        var other = Offering.Create(Guid.NewGuid(), "10002", Term.Parse("HT2025"), new(2025, 9, 1), new(2025, 11, 1), 100, Guid.NewGuid()).Value!;
        Assert.Empty(other.Update(null, null, null, OfferingState.Cancelled));
        Assert.NotEmpty(other.Update(null, null, 50, null));
        Assert.Equal(100, other.PacePercent);
    }

    [Fact]
    public void A_registration_window_has_both_days_closes_on_or_after_it_opens_and_not_after_the_offering_ends()
    {
        // 5DV001 HT2025 from 2025-09-01 to 2025-11-01: registration from 2025-08-01 to 2025-09-08.
        var offering = Offering.Create(Guid.NewGuid(), "10001", Term.Parse("HT2025"), new(2025, 9, 1), new(2025, 11, 1), 100, Guid.NewGuid()).Value!;

        var half = offering.SetRegistrationWindow(new(2025, 8, 1), null);
        var backwards = offering.SetRegistrationWindow(new(2025, 8, 10), new(2025, 8, 9));
        var afterEnd = offering.SetRegistrationWindow(new(2025, 8, 1), new(2025, 11, 2));
        Assert.Equal((null, null), (offering.RegistrationOpens, offering.RegistrationCloses));

        Assert.Empty(offering.SetRegistrationWindow(new(2025, 8, 1), new(2025, 9, 8)));
        Assert.Equal(CatalogueReasons.RegistrationWindowHalf, Assert.Single(half).Reason);
        Assert.Equal("closes", Assert.Single(half).Field?.ToString(), ignoreCase: true);
        Assert.Equal(CatalogueReasons.RegistrationWindowBackwards, Assert.Single(backwards).Reason);
        Assert.Equal(CatalogueReasons.RegistrationWindowAfterEnd, Assert.Single(afterEnd).Reason);
        Assert.Equal((new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 8)), (offering.RegistrationOpens!.Value, offering.RegistrationCloses!.Value));

        Assert.Empty(offering.SetRegistrationWindow(null, null));
        Assert.Null(offering.RegistrationOpens);
        Assert.Empty(offering.Update(null, null, null, OfferingState.Cancelled));
        Assert.Equal(CatalogueReasons.OfferingCancelled, Assert.Single(offering.SetRegistrationWindow(new(2025, 8, 1), new(2025, 9, 8))).Reason);
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var offering = Offering.Create(Guid.NewGuid(), "10001", Term.Parse("HT2025"), new(2025, 9, 1), new(2025, 11, 1), 100, Guid.NewGuid()).Value!;

        var errors = offering.Update(new DateOnly(2025, 12, 1), null, 50, null);

        Assert.NotEmpty(errors);
        Assert.Equal(new DateOnly(2025, 9, 1), offering.StartDate);
        Assert.Equal(100, offering.PacePercent);
    }

    [Fact]
    public void Standard_scales_mark_failing_grades()
    {
        var af = StandardGradingScales.All.Single(s => s.Code == "A_F");

        Assert.Equal(["F", "Fx"], af.Grades.Where(g => !g.IsPassing).Select(g => g.Code));
        Assert.Equal(
            StandardGradingScales.All.SelectMany(s => s.Grades).Count(),
            StandardGradingScales.All.SelectMany(s => s.Grades).Select(g => g.Id).Distinct().Count());
    }

    private static Course NewCourse() => Course.Create("5DV001", "Programmering", "Programming", Guid.NewGuid(), EducationLevel.FirstCycle,
        FinancingForm.Ordinary,
        EducationalAreaShare.Unclassified).Value!;
}
