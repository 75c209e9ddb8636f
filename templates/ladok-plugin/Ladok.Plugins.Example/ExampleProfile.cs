using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Example;

/// <summary>The university: University:Code selects it by <see cref="Code"/>, <c>university</c> in GraphQL shows it.</summary>
public sealed class ExampleProfile : IUniversityProfile
{
    public string Code => "XMPL";

    public string NameSv => "Example universitet";

    public string NameEn => "Example University";

    public string UserIdClaim => "sub";

    public string UserIdName => "XMPL-id";

    public SupportContact Support { get; } = new("Ladokgruppen", "ladok@xmpl.invalid");

    public IReadOnlyList<GuideLink> Guides { get; } = [];

    public DataCoverage Coverage { get; } = new("The register holds the students registered at the university.", []);

    // A demo university (organisation units, courses, trainings, users) makes the plugin easy to try; none here.
    public DemoUniversity? DemoData => null;
}
