using GraphQL.Types;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Domain;

namespace Ladok.Modules.Catalogue.GraphQL;

public sealed class GradingScaleType : NodeGraphType<GradingScale>
{
    public GradingScaleType() : base("GradingScale", s => s.Id)
    {
        Description = "Betygsskala: the grades a course, version or module is graded on.";
        Field(s => s.Code).Description("Stable code, for example U_G_VG.");
        Field(s => s.Name).Description("The Swedish name.");
        Field(s => s.NameEn, nullable: true).Description("The English name; null where none was given.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeType>>>>("grades").Description("Lowest first.")
            .Resolve(c => c.Source.Grades.OrderBy(g => g.Rank));
    }
}

public sealed class GradeType : NodeGraphType<Grade>
{
    public GradeType() : base("Grade", g => g.Id)
    {
        Description = "Betyg: one grade of a grading scale, such as VG or U.";
        Field<NonNullGraphType<GradingScaleType>>("gradingScale").Description("The grading scale the grade is on.")
            .Resolve(c => Loaders.GradingScale(c, c.Source.GradingScaleId));
        Field(g => g.Code).Description("The grade as written, such as G, VG, U or A–F.");
        Field(g => g.Name, nullable: true).Description("What the grade stands for in Swedish, such as Godkänd; null when the code says it.");
        Field(g => g.IsPassing).Description("Failing grades (U, F, Fx) give no credits.");
        Field(g => g.Rank).Description("Order within the scale, lowest first.");
    }
}
