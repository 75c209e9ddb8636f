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
        Field(u => u.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name.").Resolve(c => c.Source.NameSv);
        Field(u => u.NameSv);
        Field(u => u.NameEn);
        Field(u => u.UserIdName).Description("What users sign in with, for example Umu-id.");
        Field<NonNullGraphType<StringGraphType>>("supportEmail").Resolve(c => c.Source.Support.Email);
        Field<NonNullGraphType<StringGraphType>>("supportUnit").Description("Who gives support.").Resolve(c => c.Source.Support.Unit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuideType>>>>("guides").Resolve(c => c.Source.Guides);
        Field<NonNullGraphType<DataCoverageType>>("dataCoverage").Resolve(c => c.Source.Coverage);
    }
}

public sealed class GuideType : ObjectGraphType<GuideLink>
{
    public GuideType()
    {
        Name = "Guide";
        Field(g => g.Title);
        Field(g => g.Audience);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(c => c.Source.Url.ToString());
    }
}

public sealed class DataCoverageType : ObjectGraphType<DataCoverage>
{
    public DataCoverageType()
    {
        Name = "DataCoverage";
        Description = "What the register holds and since when; where older records are kept.";
        Field(d => d.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageRuleType>>>>("rules").Resolve(c => c.Source.Rules);
    }
}

public sealed class CoverageRuleType : ObjectGraphType<CoverageRule>
{
    public CoverageRuleType()
    {
        Name = "CoverageRule";
        Field(r => r.Population);
        Field(r => r.From).Description("First term covered, such as HT1983.");
        Field(r => r.Note);
    }
}
