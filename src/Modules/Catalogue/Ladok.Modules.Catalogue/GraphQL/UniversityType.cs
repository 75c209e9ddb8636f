using GraphQL.Types;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Catalogue.GraphQL;

/// <summary>The university this host serves, from its plugin's profile.</summary>
public sealed class UniversityType : ObjectGraphType<IUniversityProfile>
{
    public UniversityType()
    {
        Name = "University";
        Description = "Lärosäte: the university this system serves, as its plugin describes it.";
        Field(u => u.Code).Description("The university's code.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name.").Resolve(c => c.Source.NameSv);
        Field(u => u.NameSv).Description("The Swedish name.");
        Field(u => u.NameEn).Description("The English name.");
        Field(u => u.UserIdName).Description("What users sign in with, for example Umu-id.");
        Field<NonNullGraphType<StringGraphType>>("supportEmail")
            .Description("Where users write for help with the system.").Resolve(c => c.Source.Support.Email);
        Field<NonNullGraphType<StringGraphType>>("supportUnit").Description("Who gives support.").Resolve(c => c.Source.Support.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuideType>>>>("guides")
            .Description("The university's Ladok guides, for staff and students.").Resolve(c => c.Source.Guides);
        Field<NonNullGraphType<DataCoverageType>>("dataCoverage").Description("What the register holds and since when.").Resolve(c => c.Source.Coverage);
    }
}

public sealed class GuideType : ObjectGraphType<GuideLink>
{
    public GuideType()
    {
        Name = "Guide";
        Description = "A link to one of the university's Ladok guides.";
        Field(g => g.Title).Description("The guide's title.");
        Field(g => g.Audience).Description("Who the guide is for, such as staff or students.");
        Field<NonNullGraphType<StringGraphType>>("url").Description("The guide's address (an absolute URL).").Resolve(c => c.Source.Url.ToString());
    }
}

public sealed class DataCoverageType : ObjectGraphType<DataCoverage>
{
    public DataCoverageType()
    {
        Name = "DataCoverage";
        Description = "What the register holds and since when; where older records are kept.";
        Field(d => d.Summary).Description("In a sentence: what the register holds and since when.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageRuleType>>>>("rules")
            .Description("Per population of records, from which term the register covers it.").Resolve(c => c.Source.Rules);
    }
}

public sealed class CoverageRuleType : ObjectGraphType<CoverageRule>
{
    public CoverageRuleType()
    {
        Name = "CoverageRule";
        Description = "From which term the register covers one population of records, and where older ones are kept.";
        Field(r => r.Population).Description("Which records the rule is about, such as results on first-cycle courses.");
        Field(r => r.From).Description("First term covered, such as HT1983.");
        Field(r => r.Note).Description("What else to know about these records, such as where older ones are kept.");
    }
}
