using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.ThrowingInactivityRule;

/// <summary>A test university, TST, with an administrator and no courses, whose inactivity rule throws for every student.</summary>
public sealed class ThrowingInactivityRulePlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        builder.AddUniversityProfile(new TestProfile());
        builder.AddInactivityRule(new ThrowingRule());
    }

    private sealed class ThrowingRule : IInactivityRule
    {
        public string Description => "Throws for every student, on purpose.";

        public Inactivity? Assess(StudentActivity student, DateOnly today) =>
            throw new InvalidOperationException("the fixture's inactivity rule is broken on purpose");
    }

    private sealed class TestProfile : IUniversityProfile
    {
        public string Code => "TST";

        public string NameSv => "Testuniversitetet";

        public string NameEn => "Test University";

        public string UserIdClaim => "sub";

        public string UserIdName => "Test-id";

        public SupportContact Support { get; } = new("Test support", "support@test.invalid");

        public IReadOnlyList<GuideLink> Guides { get; } = [];

        public DataCoverage Coverage { get; } = new("A test register.", []);

        public DemoUniversity DemoData { get; } = new(
            [new DemoOrganisationUnit("TST", "Testuniversitetet", "Test University", DemoUnitKind.University, null)], [], [])
        {
            Users = [new DemoUser("ladokadm", "Administrator", [new DemoGrant("ADMINISTRATOR", "TST")], [], [])],
        };
    }
}
