using Ladok.Plugins.Sdk;

namespace Ladok.Testing;

/// <summary>A university profile for module tests that need one, with the demo data given (none by default).</summary>
public sealed class TestUniversity(DemoUniversity? demo = null) : IUniversityProfile
{
    public string Code => "TEST";
    public string NameSv => "Testuniversitetet";
    public string NameEn => "Test University";
    public string UserIdClaim => "sub";
    public string UserIdName => "Test-id";
    public SupportContact Support => new("Ladokgruppen", "ladok@example.org");
    public IReadOnlyList<GuideLink> Guides => [];
    public DataCoverage Coverage => new("Everything.", []);
    public DemoUniversity? DemoData => demo;
}
